// del a.p where p = property(fget) only.
// expect: AttributeError
// expect-gcc: property \'p\' of \'A\' object has no deleter
// expect-clang: klass::error::property_has_no_deleter<A, klass::attr<'p'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::delattr(a, "p"_a);
#else
  klass::getattr(a, "p"_a);
#endif
}
