// p < q where Plain defines no ordering: object's __lt__ and __gt__ say
// NotImplemented (do_richcompare), TypeError.
// expect: TypeError
// expect-python: '<' not supported between instances of 'Plain' and 'Plain'
// expect-clang14: klass::error::not_supported_between_instances
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Plain {};

int main() {
  auto p = klass::cls<Plain>();
  auto q = klass::cls<Plain>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  if (p < q) std::cout << "less\n";  // the refused result used
#else
  static_cast<void>(p < q);
#endif
#else
  static_cast<void>(p == q);  // == falls back to identity
#endif
}
