// A.zz = 1: Python adds a name to the class; a klass class's names are fixed when it is compiled
// (docs/limitations.md).
// expect: AttributeError
// expect-gcc: klass cannot add \'zz\' to class \'A\' at run time; declare it in its dict
// expect-clang: klass::error::cannot_add_class_attribute_at_run_time<A, klass::attr<'z', 'z'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(klass::cls<A>, "zz"_a, 1);
#else
  klass::setattr(klass::cls<A>, "qux"_a, std::string_view("B"));
#endif
}
