// A.__mro__ = (...): type's __mro__ is a read-only getset.
// expect: AttributeError
// expect-python: readonly attribute
// expect-clang14: klass::error::readonly_attribute
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
#ifdef KLASS_RESULT_USED
  auto reset = [](auto c) { klass::setattr(c, "__mro__"_a, 1); return 1; };  // the misuse inside a function
  return reset(klass::cls<A>) - 1;  // whose result is used
#else
  klass::setattr(klass::cls<A>, "__mro__"_a, 1);
#endif
#else
  klass::setattr(klass::cls<A>, "x"_a, 2);
#endif
}
