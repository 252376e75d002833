// class D(A, A): CPython's check_duplicates refuses it before any merge.
// expect: duplicate base class
// expect-gcc: "duplicate base class A"
// expect-clang: klass::error::duplicate_base_class<A>
#include <klass/klass.hpp>

struct A {};
struct B {};
#ifdef KLASS_EXPECT_FAIL
struct D { using bases = klass::bases<A, A>; };
#else
struct D { using bases = klass::bases<A, B>; };
#endif

[[maybe_unused]] constexpr auto mro = klass::mro<D>;

int main() {}
