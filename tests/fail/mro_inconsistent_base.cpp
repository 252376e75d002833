// A class deriving from a class that cannot exist reports the base's own error
// (Python never gets as far as the derived class).
// Beyond CPython, klass names the ordering constraints that contradict each other.
// expect: TypeError
// expect-python: Cannot create a consistent method resolution order (MRO) for bases X, Y
// expect-clang14: klass::error::for_bases<X, Y>
// expect-python: (X precedes Y in the bases of XY, but Y precedes X in the bases of YX)
// expect-clang14: klass::error::precedes<X, Y, klass::error::in_bases_of<XY>>
#include <iostream>

#include <boost/hana/size.hpp>

#include <klass/klass.hpp>

struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Bad { using bases = klass::bases<XY, YX>; };
struct Fine { using bases = klass::bases<XY>; };

#ifdef KLASS_EXPECT_FAIL
struct Derived { using bases = klass::bases<Fine, Bad>; };
#else
struct Derived { using bases = klass::bases<Fine, XY>; };
#endif

#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
int main() {
  std::cout << boost::hana::size(klass::mro<Derived>) << '\n';  // the MRO used
}
#else
[[maybe_unused]] constexpr auto mro = klass::mro<Derived>;

int main() {}
#endif
