// A.f() calls the function found on the class without an instance.
// expect: TypeError
// expect-python: A.f() missing 1 required positional argument: 'self'
// expect-clang14: klass::error::missing_self_argument<A, klass::attr<'f'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  int twice = klass::getattr(klass::cls<A>, "f"_a)() * 2;  // the refused result used
  static_cast<void>(twice);
#else
  klass::getattr(klass::cls<A>, "f"_a)();
#endif
#else
  klass::getattr(klass::cls<A>, "f"_a)(*a);
#endif
}
