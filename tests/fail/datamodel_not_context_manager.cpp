// with p: where Plain has no __enter__/__exit__.
// expect: TypeError
// expect-python: 'Plain' object does not support the context manager protocol
// expect-clang14: klass::error::does_not_support_the_context_manager_protocol<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct Manager {
  static constexpr auto dict = klass::dict("__enter__"_a = [](auto&) { return 1; }, "__exit__"_a = [](auto&, std::exception_ptr) {});
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<Manager>();
#endif
#ifdef KLASS_RESULT_USED
  int entered = 0;
  klass::with(p, [&] { ++entered; });
  std::cout << entered + 1 << '\n';  // what the block did, used
#else
  klass::with(p, [] {});
#endif
}
