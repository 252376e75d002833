// a + b where neither A defines __add__ nor B __radd__: CPython's binary_op1 finds
// no method, TypeError. Known when compiling, so a compile error.
// expect: TypeError
// expect-python: unsupported operand type(s) for +: 'A' and 'B'
// expect-clang14: klass::error::unsupported_operand_types
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("__sub__"_a = [](auto&, const auto&) { return 1; });
};
struct B {};

int main() {
  auto a = klass::cls<A>();
  auto b = klass::cls<B>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  auto sum = a + b;  // the refused result kept, then used
  std::cout << klass::len(sum) << '\n';
#else
  static_cast<void>(a + b);
#endif
#else
  static_cast<void>(a - b);
#endif
}
