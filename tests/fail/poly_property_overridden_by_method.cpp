// A subclass overrides the property `area` with a plain method. Python accepts
// the class and fails when code written for Shape reads s.area * 2 on a Square
// (TypeError: unsupported operand type(s) for *: 'method' and 'int'); through a
// handle of Shape, `area` has one C++ type, so holding a Square is refused when
// the conversion is compiled. The twin overrides the property with a property.
// expect: TypeError
// expect-python: a handle of 'Shape' cannot hold a 'Square' object: attribute 'area' is '
// expect-gcc: a handle of \'Shape\' cannot hold a \'Square\' object: attribute \'area\' is \'double\' through \'Shape\' but \'double()\' on \'Square\'
// expect-clang14: klass::error::attribute_has_another_type_on_the_class<Square, Shape, klass::attr<'a', 'r', 'e', 'a'>, double, double ()>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Shape {
  static constexpr auto dict = klass::dict("area"_a = klass::property([](auto&) { return 0.0; }));
};
struct Square {
  using bases = klass::bases<Shape>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 4.0; });
#else
  static constexpr auto dict = klass::dict("area"_a = klass::property([](auto&) { return 4.0; }));
#endif
};

int main() {
  klass::handle<Shape> s = klass::cls<Square>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(s, "area"_a) + 1.0 << klass::repr(s) << '\n';  // the handle used
#endif
  return static_cast<int>(klass::getattr(s, "area"_a) * 2);
}
