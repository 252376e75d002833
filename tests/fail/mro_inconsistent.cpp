// class Z(XY, YX) with XY(X, Y) and YX(Y, X): CPython refuses it naming X and Y.
// Beyond CPython, klass names the ordering constraints that contradict each other.
// expect: TypeError
// expect-python: Cannot create a consistent method resolution order (MRO) for bases X, Y
// expect-clang14: klass::error::for_bases<X, Y>
// expect-python: (X precedes Y in the bases of XY, but Y precedes X in the bases of YX)
// expect-clang14: klass::error::precedes<X, Y, klass::error::in_bases_of<XY>>, klass::error::precedes<Y, X, klass::error::in_bases_of<YX>>
#include <boost/hana/front.hpp>
#include <klass/klass.hpp>

struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<XY, YX>; };

#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
static_assert(boost::hana::front(klass::mro<Z>) == boost::hana::type_c<Z>);  // the MRO used
#else
[[maybe_unused]] constexpr auto mro = klass::mro<Z>;
#endif
#else
[[maybe_unused]] constexpr auto mro = klass::mro<XY>;  // the twin: a consistent class
static_assert(!klass::has_consistent_mro<Z>);  // asking is not an error
#endif

int main() {}
