// A(1) where neither A nor its bases define __init__: object.__init__ takes no arguments.
// expect: TypeError
// expect-python: A() takes no arguments
// expect-clang14: klass::error::takes_no_arguments<A>
#include <string>

#include <iostream>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(klass::cls<A>(1), "qux"_a) << '\n';  // the instance used
#else
  klass::cls<A>(1);
#endif
#else
  klass::cls<A>();
#endif
}
