// A subclass's property returns a string where the base's returns a number: no
// one C++ type for `label` through a handle of Base. The twin returns a type
// that converts (an int where a long is expected).
// expect: TypeError
// expect-python: a handle of 'Base' cannot hold a 'Derived' object: attribute 'label' is '
// expect-gcc: a handle of \'Base\' cannot hold a \'Derived\' object: attribute \'label\' is \'long int\' through \'Base\' but
// expect-clang14: klass::error::attribute_has_another_type_on_the_class<Derived, Base, klass::attr<'l', 'a', 'b', 'e', 'l'>, long,
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict = klass::dict("label"_a = klass::property([](auto&) { return 1L; }));
};
struct Derived {
  using bases = klass::bases<Base>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("label"_a = klass::property([](auto&) { return std::string("two"); }));
#else
  static constexpr auto dict = klass::dict("label"_a = klass::property([](auto&) { return 2; }));
#endif
};

int main() {
  klass::handle<Base> b = klass::cls<Derived>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "label"_a) * 2 << '\n';  // the handle used
#endif
  return static_cast<int>(klass::getattr(b, "label"_a));
}
