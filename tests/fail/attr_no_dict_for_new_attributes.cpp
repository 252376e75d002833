// a.zz = 3: klass instances hold the names their classes declare, like a __slots__ class.
// expect: AttributeError
// expect-python: 'A' object has no attribute 'zz' and no __dict__ for setting new attributes
// expect-clang14: klass::error::no_dict_for_setting_new_attributes<A, klass::attr<'z', 'z'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

#define KLASS_ATTRIBUTE_CLASS_MISUSE klass::setattr(self, klass::attr_c<"zz">{}, 3)  // in A.g (attribute_class.hpp)
#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(a, "zz"_a, 3);
#endif
#else
  klass::setattr(a, "name"_a, std::string("x"));
#endif
}
