// A class asked about in the body of a class declared before it: Python's
// `class Shape: default = Circle.__name__` raises NameError (Circle's class
// statement has not run); in C++ Circle is incomplete there, and what klass
// would answer (no bases, an empty dict) would stay for the whole program. A
// method that names Circle works when its code depends on a template parameter
// (the passing twin), as Python's method bodies run later.
// expect: NameError
// expect-python: name 'Circle' is not defined
// expect-clang14: klass::error::name_is_not_defined_before_its_class_is_complete<Circle>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Circle;
struct Shape {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("default"_a = klass::name<Circle>);
#else
  static constexpr auto dict = klass::dict(
      "default"_a = klass::staticmethod([]<class Later = Circle> { return klass::name<Later>; }));
#endif
};
struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr std::string_view class_name = "Circle";
};

int main() {
#ifdef KLASS_RESULT_USED
  const int answer = klass::issubclass<Circle, Shape> + 1;  // the answer used in an expression
  return answer == 2 ? 0 : 1;
#else
  return klass::issubclass<Circle, Shape> ? 0 : 1;
#endif
}
