// A.name where name is only an instance-dict entry (a field): the class does not see it.
// expect: AttributeError
// expect-gcc: type object \'A\' has no attribute \'name\'
// expect-clang: klass::error::type_object_has_no_attribute<A, klass::attr<'n', 'a', 'm', 'e'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(klass::cls<A>, "name"_a);
#else
  klass::getattr(klass::cls<A>, "qux"_a);
#endif
}
