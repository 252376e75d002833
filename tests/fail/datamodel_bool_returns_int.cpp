// bool(o) where __bool__ returns an int: slot_nb_bool's check.
// expect: TypeError
// expect-python: __bool__ should return bool, returned int
// expect-clang14: klass::error::bool_should_return_bool
#include <cstddef>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct O {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("__bool__"_a = [](auto&) { return 1; });
#else
  static constexpr auto dict = klass::dict("__bool__"_a = [](auto&) { return true; });
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  return klass::cls<O>() ? 0 : 1;  // the truth value used
#else
  static_cast<void>(static_cast<bool>(klass::cls<O>()));
#endif
}
