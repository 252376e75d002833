// c -= 1 where Counter has __iadd__ only: no __isub__, no __sub__, no int.__rsub__
// for it: TypeError (binary_iop1, then binary_op1).
// expect: TypeError
// expect-gcc: unsupported operand type(s) for -=: \'Counter\' and \'int\'
// expect-clang: klass::error::unsupported_operand_types
#include <cstddef>
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
  c -= 1;
#else
  c += 1;
#endif
}
