// a.w where w = property(None, fset).
// expect: AttributeError
// expect-python: property 'w' of 'A' object has no getter
// expect-clang14: klass::error::property_has_no_getter<A, klass::attr<'w'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  auto w = klass::getattr(a, "w"_a);  // the refused result kept, then used
  w.bit_length();
#else
  klass::getattr(a, "w"_a);
#endif
#else
  klass::setattr(a, "w"_a, 1);
#endif
}
