// Base's property `value` can be set; a subclass overrides it with a read-only
// property. Python raises AttributeError ("property 'value' of 'Derived' object
// has no setter") when code written for Base sets it on a Derived; a handle of
// Base cannot hold a Derived. The twin keeps a setter.
// expect: AttributeError
// expect-python: a handle of 'Base' cannot hold a 'Derived' object: attribute 'value' can be set through 'Base' but not on 'Derived'
// expect-clang14: klass::error::attribute_can_be_set_through_the_base_but_not_on_the_class<Derived, Base, klass::attr<'v', 'a', 'l', 'u', 'e'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict = klass::dict("value"_a = klass::property([](auto&) { return 1; }, [](auto&, int) {}));
};
struct Derived {
  using bases = klass::bases<Base>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("value"_a = klass::property([](auto&) { return 2; }));
#else
  static constexpr auto dict = klass::dict("value"_a = klass::property([](auto&) { return 2; }, [](auto&, int) {}));
#endif
};

int main() {
  klass::handle<Base> b = klass::cls<Derived>();
  klass::setattr(b, "value"_a, 3);
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "value"_a) + 1 << '\n';  // the handle used
#endif
}
