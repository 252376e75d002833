// -p where Plain has no __neg__: PyNumber_Negative, TypeError.
// expect: TypeError
// expect-gcc: bad operand type for unary -: \'Plain\'
// expect-clang: klass::error::bad_operand_type_for_unary
#include <cstddef>
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
  static_cast<void>(-p);
#else
  static_cast<void>(+p);
#endif
}
