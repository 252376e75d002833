// A class deriving from a class that cannot exist reports the base's own error
// (Python never gets as far as the derived class).
// expect: Cannot create a consistent method resolution order (MRO) for bases
// expect-gcc: for bases X, Y"
// expect-clang: klass::error::for_bases<X, Y>
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

[[maybe_unused]] constexpr auto mro = klass::mro<Derived>;

int main() {}
