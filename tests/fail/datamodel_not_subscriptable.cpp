// p[0] where Plain has no __getitem__.
// expect: TypeError
// expect-python: 'Plain' object is not subscriptable
// expect-clang14: klass::error::object_is_not_subscriptable<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct Seq {
  static constexpr auto dict = klass::dict("__getitem__"_a = [](auto&, int i) { return i; });
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<Seq>();
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::getitem(p, 0) + 1 << '\n';  // the refused result used
#else
  static_cast<void>(klass::getitem(p, 0));
#endif
}
