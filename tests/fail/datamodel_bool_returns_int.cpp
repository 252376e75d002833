// bool(o) where __bool__ returns an int: slot_nb_bool's check.
// expect: TypeError
// expect-gcc: __bool__ should return bool, returned int
// expect-clang: klass::error::bool_should_return_bool
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
  static_cast<void>(static_cast<bool>(klass::cls<O>()));
}
