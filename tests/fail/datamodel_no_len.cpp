// len(p) where Plain has no __len__.
// expect: TypeError
// expect-gcc: object of type \'Plain\' has no len()
// expect-clang: klass::error::object_has_no_len<Plain>
#include <cstddef>
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
  static_cast<void>(klass::len(p));
}
