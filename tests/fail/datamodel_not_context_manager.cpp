// with p: where Plain has no __enter__/__exit__.
// expect: TypeError
// expect-gcc: \'Plain\' object does not support the context manager protocol
// expect-clang: klass::error::does_not_support_the_context_manager_protocol<Plain>
#include <cstddef>
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
  klass::with(p, [] {});
}
