// A `bases` klass cannot read: declared private (a `class` without `public:`),
// or inherited through a private C++ base. Read as "no bases", the class would
// silently derive from object only; klass refuses it. The twin makes it public.
// expect: TypeError
// expect-python: class 'Circle' has a 'bases' that klass cannot read
// expect-clang14: klass::error::class_member_klass_cannot_read<Circle, 
#include <klass/klass.hpp>

struct Shape {};
#ifdef KLASS_EXPECT_FAIL
class Circle {
  using bases = klass::bases<Shape>;
};
#else
class Circle {
 public:
  using bases = klass::bases<Shape>;
};
#endif

int main() {
#ifdef KLASS_RESULT_USED
  const int answer = klass::issubclass<Circle, Shape> + 1;  // the answer used in an expression
  return answer == 2 ? 0 : 1;
#else
  return klass::issubclass<Circle, Shape> ? 0 : 1;
#endif
}
