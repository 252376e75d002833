// a.w where w = property(None, fset).
// expect: AttributeError
// expect-gcc: property \'w\' of \'A\' object has no getter
// expect-clang: klass::error::property_has_no_getter<A, klass::attr<'w'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(a, "w"_a);
#else
  klass::setattr(a, "w"_a, 1);
#endif
}
