// CPython names the heads that block the merge, in list order, not the declared
// bases: class Z(K1, K2) with K1(A, B) and K2(B, A) fails "for bases A, B"
// (CPython 3.13 prints exactly that).
// Beyond CPython, klass names the ordering constraints that contradict each other.
// expect: TypeError
// expect-python: Cannot create a consistent method resolution order (MRO) for bases A, B
// expect-clang14: klass::error::for_bases<A, B>
// expect-python: (A precedes B in the bases of K1, but B precedes A in the bases of K2)
// expect-clang14: klass::error::precedes<A, B, klass::error::in_bases_of<K1>>, klass::error::precedes<B, A, klass::error::in_bases_of<K2>>
#include <klass/klass.hpp>

struct A {};
struct B {};
struct K1 { using bases = klass::bases<A, B>; };
struct K2 { using bases = klass::bases<B, A>; };
struct Z { using bases = klass::bases<K1, K2>; };

#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
static_assert(klass::issubclass<Z, A>, "Z derives from A");  // the answer used
#else
constexpr bool sub = klass::issubclass<Z, A>;
#endif
#else
constexpr bool sub = klass::issubclass<K1, A>;
static_assert(sub);
static_assert(klass::mro_conflict<Z> == boost::hana::tuple_t<A, B>);
#endif

int main() {}
