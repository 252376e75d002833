// a.f = 3 where f is a method: no instance-dict entry can hold it (as with __slots__).
// expect: AttributeError
// expect-gcc: \'A\' object attribute \'f\' is read-only
// expect-clang: klass::error::object_attribute_is_read_only<A, klass::attr<'f'>>
#include <string>

#include <klass/klass.hpp>

#include "attribute_class.hpp"  // struct A: qux, name (a field), f, p (a property), w (no getter)

using namespace klass::literals;

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(a, "f"_a, 3);
#else
  klass::setattr(a, "qux"_a, std::string_view("x"));
#endif
}
