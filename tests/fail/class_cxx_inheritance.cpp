// C++ inheritance between klass classes: `struct C : B {}` would find B's `bases`
// and `dict` as C's own, so C's MRO would skip B and issubclass<C, B> would be
// false. klass ignores C++ inheritance and refuses a C++ base that is a klass
// class; the bases of a class are its `using bases = klass::bases<B>;` (the twin).
// expect: TypeError
// expect-python: class 'C' derives from the klass class 'B' through C++ inheritance
// expect-clang14: klass::error::class_derives_from_a_klass_class_through_cxx_inheritance<C, B>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1);
};
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("y"_a = 2);
};
#ifdef KLASS_EXPECT_FAIL
struct C : B {};
#else
struct C {
  using bases = klass::bases<B>;
};
#endif

int main() {
#ifdef KLASS_RESULT_USED
  const int answer = klass::issubclass<C, B> + 1;  // the answer used in an expression
  return answer == 2 ? 0 : 1;
#else
  return klass::issubclass<C, B> ? 0 : 1;
#endif
}
