// A.name where name is only an instance-dict entry (a field): the class does not see it.
// expect: AttributeError
// expect-python: type object 'A' has no attribute 'name'
// expect-clang14: klass::error::type_object_has_no_attribute<A, klass::attr<'n', 'a', 'm', 'e'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

void greet(const std::string&) {}

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  greet(klass::getattr(klass::cls<A>, "name"_a));  // the refused result passed on
#else
  klass::getattr(klass::cls<A>, "name"_a);
#endif
#else
  klass::getattr(klass::cls<A>, "qux"_a);
#endif
}
