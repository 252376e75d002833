// iter(p) where Plain has neither __iter__ nor __getitem__.
// expect: TypeError
// expect-python: 'Plain' object is not iterable
// expect-clang14: klass::error::object_is_not_iterable<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct Seq {
  static constexpr auto dict = klass::dict("__getitem__"_a = [](auto&, std::ptrdiff_t i) { return i; });
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<Seq>();
#endif
#ifdef KLASS_RESULT_USED
  for (auto&& x : klass::iter(p)) std::cout << x << '\n';  // the iterator used
#else
  static_cast<void>(klass::iter(p));
#endif
}
