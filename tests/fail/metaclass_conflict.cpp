// class Both(X1, X2) where X1's metaclass is Meta1 and X2's is Meta2, unrelated.
// expect: TypeError
// expect-python: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
// expect-clang14: klass::error::metaclass_conflict<Meta1, Meta2>
#include <klass/klass.hpp>

using namespace klass::literals;

struct Meta1 { using bases = klass::bases<klass::type>; };
struct Meta2 { using bases = klass::bases<klass::type>; };
struct Meta12 { using bases = klass::bases<Meta1, Meta2>; };
struct X1 { using metaclass = Meta1; };
struct X2 { using metaclass = Meta2; };
#ifdef KLASS_EXPECT_FAIL
struct Both { using bases = klass::bases<X1, X2>; };
#else
struct Both { using bases = klass::bases<X1, X2>; using metaclass = Meta12; };
#endif

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<Both>(), klass::cls<X1>) ? 0 : 1;  // the instance used
#else
  klass::cls<Both>();
#endif
}
