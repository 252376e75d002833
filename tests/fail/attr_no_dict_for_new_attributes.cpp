// a.zz = 3: klass instances hold the names their classes declare, like a __slots__ class.
// expect: AttributeError
// expect-gcc: \'A\' object has no attribute \'zz\' and no __dict__ for setting new attributes
// expect-clang: klass::error::no_dict_for_setting_new_attributes<A, klass::attr<'z', 'z'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(a, "zz"_a, 3);
#else
  klass::setattr(a, "name"_a, std::string("x"));
#endif
}
