// -p where Plain has no __neg__: PyNumber_Negative, TypeError.
// expect: TypeError
// expect-python: bad operand type for unary -: 'Plain'
// expect-clang14: klass::error::bad_operand_type_for_unary
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {
  static constexpr auto dict = klass::dict("__pos__"_a = [](auto&) { return 1; });
};

int main() {
  auto p = klass::cls<Plain>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << -p * 2 << '\n';  // the refused result used
#else
  static_cast<void>(-p);
#endif
#else
  static_cast<void>(+p);
#endif
}
