// str(o) where __str__ returns an int: slot_tp_str's check.
// expect: TypeError
// expect-python: __str__ returned non-string (type int)
// expect-clang14: klass::error::returned_non_string
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct O {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("__str__"_a = [](auto&) { return 5; });
#else
  static constexpr auto dict = klass::dict("__str__"_a = [](auto&) { return "five"; });
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  std::cout << klass::str(klass::cls<O>()).size() << '\n';  // the text used
#else
  static_cast<void>(klass::str(klass::cls<O>()));
#endif
}
