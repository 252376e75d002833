// 1 in p where Plain has no __contains__ and cannot be iterated.
// expect: TypeError
// expect-python: argument of type 'Plain' is not iterable
// expect-clang14: klass::error::argument_is_not_iterable<Plain>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};
struct Evens {
  static constexpr auto dict = klass::dict("__contains__"_a = [](auto&, int x) { return x % 2 == 0; });
};

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto p = klass::cls<Plain>();
#else
  auto p = klass::cls<Evens>();
#endif
#ifdef KLASS_RESULT_USED
  std::cout << (klass::contains(p, 1) ? "in" : "out") << '\n';  // the answer used
#else
  static_cast<void>(klass::contains(p, 1));
#endif
}
