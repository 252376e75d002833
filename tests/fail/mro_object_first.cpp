// class W(object, O2): `object` before a subclass of it cannot be linearized.
// expect: Cannot create a consistent method resolution order (MRO) for bases
// expect-gcc: for bases object, O2"
// expect-clang: klass::error::for_bases<klass::object, O2>
#include <klass/klass.hpp>

struct A {};
struct O2 { using bases = klass::bases<A>; };
#ifdef KLASS_EXPECT_FAIL
struct W { using bases = klass::bases<klass::object, O2>; };
#else
struct W { using bases = klass::bases<O2, klass::object>; };
#endif

[[maybe_unused]] constexpr auto mro = klass::mro<W>;

int main() {}
