// class D(A, A): CPython's check_duplicates refuses it before any merge.
// expect: TypeError
// expect-python: duplicate base class A
// expect-clang14: klass::error::duplicate_base_class<A>
#include <klass/klass.hpp>

struct A {};
struct B {};
#ifdef KLASS_EXPECT_FAIL
struct D { using bases = klass::bases<A, A>; };
#else
struct D { using bases = klass::bases<A, B>; };
#endif

#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
int main() {
  auto d = klass::cls<D>();  // the class called, its instance used
  return klass::isinstance(d, klass::cls<A>) ? 0 : 1;
}
#else
[[maybe_unused]] constexpr auto mro = klass::mro<D>;

int main() {}
#endif
