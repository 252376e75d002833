// len(p) where Plain has no __len__.
// expect: TypeError
// expect-python: object of type 'Plain' has no len()
// expect-clang14: klass::error::object_has_no_len<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct Sized {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 3; });
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<Sized>();
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::len(p) + 1 << '\n';  // the length used
#else
  static_cast<void>(klass::len(p));
#endif
}
