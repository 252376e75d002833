// del a.p where p = property(fget) only.
// expect: AttributeError
// expect-python: property 'p' of 'A' object has no deleter
// expect-clang14: klass::error::property_has_no_deleter<A, klass::attr<'p'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

#define KLASS_ATTRIBUTE_CLASS_MISUSE klass::delattr(self, klass::attr_c<"p">{})  // in A.g (attribute_class.hpp)
#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::delattr(a, "p"_a);
#endif
#else
  klass::getattr(a, "p"_a);
#endif
}
