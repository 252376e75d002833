// klass::getattr on a plain C++ object: Point is a klass class, but `p` is a C++
// value, not an instance created by calling klass::cls<Point>.
// expect: AttributeError
// expect-python: 'Point' object has no attribute 'x' (klass::getattr reads klass objects: klass::ref<C>, klass::instance<C>, klass::cls<C>, klass::super<B>(o))
// expect-clang14: klass::error::getattr_needs_a_klass_object<Point, klass::attr<'x'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Point {
  static constexpr auto dict = klass::dict("x"_a = klass::field<int>, "y"_a = klass::field<int>);
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  Point p;
#else
  auto p = klass::cls<Point>();
  klass::setattr(p, "x"_a, 1);
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(p, "x"_a) * 2 << '\n';  // the refused result used
#else
  klass::getattr(p, "x"_a);
#endif
}
