// A(1) where neither A nor its bases define __init__: object.__init__ takes no arguments.
// expect: TypeError
// expect-gcc: A() takes no arguments
// expect-clang: klass::error::takes_no_arguments<A>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::cls<A>(1);
#else
  klass::cls<A>();
#endif
}
