// a.p = 3 where p = property(fget) only.
// expect: AttributeError
// expect-gcc: property \'p\' of \'A\' object has no setter
// expect-clang: klass::error::property_has_no_setter<A, klass::attr<'p'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(a, "p"_a, 3);
#else
  klass::getattr(a, "p"_a);
#endif
}
