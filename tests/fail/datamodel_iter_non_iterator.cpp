// iter(o) where __iter__ returns an int: PyObject_GetIter's check.
// expect: TypeError
// expect-python: iter() returned non-iterator of type 'int'
// expect-clang14: klass::error::iter_returned_non_iterator<int>
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct O {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("__iter__"_a = [](auto&) { return 5; });
#else
  static constexpr auto dict = klass::dict("__iter__"_a = [](auto&) { return std::vector<int>{5}; });
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  for (auto&& x : klass::iter(klass::cls<O>())) std::cout << x << '\n';  // the iterator used
#else
  static_cast<void>(klass::iter(klass::cls<O>()));
#endif
}
