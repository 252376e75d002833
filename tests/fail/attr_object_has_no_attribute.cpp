// a.nope where no class of A's MRO defines nope and A has no __getattr__.
// expect: AttributeError
// expect-python: 'A' object has no attribute 'nope'
// expect-clang14: klass::error::object_has_no_attribute<A, klass::attr<'n', 'o', 'p', 'e'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "nope"_a) + 1 << '\n';  // the refused result used
#else
  klass::getattr(a, "nope"_a);
#endif
#else
  klass::getattr(a, "qux"_a);
#endif
}
