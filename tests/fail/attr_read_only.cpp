// a.f = 3 where f is a method: no instance-dict entry can hold it (as with __slots__).
// expect: AttributeError
// expect-python: 'A' object attribute 'f' is read-only
// expect-clang14: klass::error::object_attribute_is_read_only<A, klass::attr<'f'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

#define KLASS_ATTRIBUTE_CLASS_MISUSE klass::setattr(self, klass::attr_c<"f">{}, 3)  // in A.g (attribute_class.hpp)
#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(a, "f"_a, 3);
#endif
#else
  klass::setattr(a, "qux"_a, std::string_view("x"));
#endif
}
