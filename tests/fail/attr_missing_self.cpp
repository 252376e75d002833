// A.f() calls the function found on the class without an instance.
// expect: TypeError
// expect-gcc: A.f() missing 1 required positional argument: \'self\'
// expect-clang: klass::error::missing_self_argument<A, klass::attr<'f'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(klass::cls<A>, "f"_a)();
#else
  klass::getattr(klass::cls<A>, "f"_a)(*a);
#endif
}
