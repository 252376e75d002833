// p() where Plain has no __call__ (an instance attribute would not count).
// expect: TypeError
// expect-python: 'Plain' object is not callable
// expect-clang14: klass::error::object_is_not_callable<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct F {
  static constexpr auto dict = klass::dict("__call__"_a = [](auto&) { return 1; });
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<F>();
#endif
#ifdef KLASS_RESULT_USED
  std::cout << p() + 1 << '\n';  // the refused result used
#else
  static_cast<void>(p());
#endif
}
