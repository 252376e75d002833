// A.zz = 1: Python adds a name to the class; a klass class's names are fixed when it is compiled
// (docs/limitations.md).
// expect: AttributeError
// expect-python: klass cannot add 'zz' to class 'A' at run time; declare it in its dict
// expect-clang14: klass::error::cannot_add_class_attribute_at_run_time<A, klass::attr<'z', 'z'>>
#include <string>

#include <iostream>

#include <klass/klass.hpp>

#define KLASS_ATTRIBUTE_CLASS_MISUSE klass::setattr(klass::type_of(self), klass::attr_c<"zz">{}, 1)  // in A.g (attribute_class.hpp)
#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(klass::cls<A>, "zz"_a, 1);
#endif
#else
  klass::setattr(klass::cls<A>, "qux"_a, std::string_view("B"));
#endif
}
