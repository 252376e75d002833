// a.nope where no class of A's MRO defines nope and A has no __getattr__.
// expect: AttributeError
// expect-gcc: \'A\' object has no attribute \'nope\'
// expect-clang: klass::error::object_has_no_attribute<A, klass::attr<'n', 'o', 'p', 'e'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(a, "nope"_a);
#else
  klass::getattr(a, "qux"_a);
#endif
}
