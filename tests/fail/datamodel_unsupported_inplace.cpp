// c -= 1 where Counter has __iadd__ only: no __isub__, no __sub__, no int.__rsub__
// for it: TypeError (binary_iop1, then binary_op1).
// expect: TypeError
// expect-python: unsupported operand type(s) for -=: 'Counter' and 'int'
// expect-clang14: klass::error::unsupported_operand_types
#include <cstddef>
#include <iostream>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Counter {
  static constexpr auto dict = klass::dict("n"_a = klass::field<int>(0), "__iadd__"_a = [](auto& self, int k) -> auto& {
    klass::setattr(self, "n"_a, klass::getattr(self, "n"_a) + k);
    return self;
  });
};

int main() {
  auto c = klass::cls<Counter>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  c -= 1;
  std::cout << klass::str(c) << '\n';  // the object used after
#else
  c -= 1;
#endif
#else
  c += 1;
#endif
}
