// A subclass declares the field `size` again with another type: through a handle
// of Base, reading size gives a reference to an int, and a Derived has none.
// (Python has no field types; klass keeps one C++ type per name through a base.)
// The twin keeps the type.
// expect: TypeError
// expect-python: a handle of 'Base' cannot hold a 'Derived' object: attribute 'size' is '
// expect-gcc: a handle of \'Base\' cannot hold a \'Derived\' object: attribute \'size\' is \'int&\' through \'Base\' but
// expect-clang14: klass::error::attribute_has_another_type_on_the_class<Derived, Base, klass::attr<'s', 'i', 'z', 'e'>, int &,
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict = klass::dict("size"_a = klass::field<int>);
};
struct Derived {
  using bases = klass::bases<Base>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("size"_a = klass::field<std::string>);
#else
  static constexpr auto dict = klass::dict("size"_a = klass::field<int>);
#endif
};

int main() {
  klass::handle<Base> b = klass::cls<Derived>();
#ifdef KLASS_RESULT_USED
  klass::setattr(b, "size"_a, 2);  // the handle used
  std::cout << klass::getattr(b, "size"_a) + 1 << klass::repr(b) << '\n';
#endif
  return klass::hasattr(b, "size"_a) ? 1 : 0;
}
