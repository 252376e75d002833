// class W(object, O2): `object` before a subclass of it cannot be linearized.
// Beyond CPython, klass names the ordering constraints that contradict each other.
// expect: TypeError
// expect-python: Cannot create a consistent method resolution order (MRO) for bases object, O2
// expect-clang14: klass::error::for_bases<klass::object, O2>
// expect-python: (object precedes O2 in the bases of W, but O2 derives from object)
// expect-clang14: klass::error::derives_from<O2, klass::object>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A {};
struct O2 { using bases = klass::bases<A>; };
#ifdef KLASS_EXPECT_FAIL
struct W { using bases = klass::bases<klass::object, O2>; };
#else
struct W { using bases = klass::bases<O2, klass::object>; };
#endif

#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
int main() {
  return klass::getattr(klass::cls<W>, "__name__"_a) == "W" ? 0 : 1;  // the class used
}
#else
[[maybe_unused]] constexpr auto mro = klass::mro<W>;

int main() {}
#endif
