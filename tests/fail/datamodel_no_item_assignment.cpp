// s[0] = 1 where Seq has __getitem__ but no __setitem__.
// expect: TypeError
// expect-python: 'Seq' object does not support item assignment
// expect-clang14: klass::error::object_does_not_support_item_assignment<Seq>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Seq {
  static constexpr auto dict = klass::dict("__getitem__"_a = [](auto&, int i) { return i; });
};

int main() {
  auto s = klass::cls<Seq>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << (klass::setitem(s, 0, 1), klass::getitem(s, 0)) << '\n';  // used in an expression
#else
  klass::setitem(s, 0, 1);
#endif
#else
  static_cast<void>(klass::getitem(s, 0));
#endif
}
