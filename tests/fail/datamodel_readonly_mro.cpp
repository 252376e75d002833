// A.__mro__ = (...): type's __mro__ is a read-only getset.
// expect: AttributeError
// expect-gcc: readonly attribute
// expect-clang: klass::error::readonly_attribute
#include <cstddef>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1);
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(klass::cls<A>, "__mro__"_a, 1);
#else
  klass::setattr(klass::cls<A>, "x"_a, 2);
#endif
}
