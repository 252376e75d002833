// s[0] = 1 where Seq has __getitem__ but no __setitem__.
// expect: TypeError
// expect-gcc: \'Seq\' object does not support item assignment
// expect-clang: klass::error::object_does_not_support_item_assignment<Seq>
#include <cstddef>
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
  klass::setitem(s, 0, 1);
#else
  static_cast<void>(klass::getitem(s, 0));
#endif
}
