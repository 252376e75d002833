// A subclass overrides scale(factor: int) with scale(factor: float). Python calls
// whichever the object has; through a handle of Base, scale takes an int, and a
// method taking another type is refused (a double would be narrowed to it).
// The twin takes the same parameters.
// expect: TypeError
// expect-python: a handle of 'Base' cannot hold a 'Derived' object: attribute 'scale' is '
// expect-gcc: a handle of \'Base\' cannot hold a \'Derived\' object: attribute \'scale\' is \'int(int)\' through \'Base\' but \'int(double)\' on \'Derived\'
// expect-clang14: klass::error::attribute_has_another_type_on_the_class<Derived, Base, klass::attr<'s', 'c', 'a', 'l', 'e'>, int (int), int (double)>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict = klass::dict("scale"_a = [](auto&, int factor) { return factor; });
};
struct Derived {
  using bases = klass::bases<Base>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("scale"_a = [](auto&, double factor) { return static_cast<int>(2 * factor); });
#else
  static constexpr auto dict = klass::dict("scale"_a = [](auto&, int factor) { return 2 * factor; });
#endif
};

int main() {
  klass::handle<Base> b = klass::cls<Derived>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "scale"_a)(3) * 2 << klass::str(b) << '\n';  // the handle used
#endif
  return klass::getattr(b, "scale"_a)(1) == 2 ? 0 : 1;
}
