// Uses of what <klass/datamodel/binary.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/binary.hpp>

using namespace klass::literals;

struct N {
  static constexpr auto dict = klass::dict(
      "v"_a = klass::field<int>(3),
      "__add__"_a = [](auto& self, int o) { return klass::getattr(self, "v"_a) + o; },
      "__radd__"_a = [](auto& self, int o) { return o + klass::getattr(self, "v"_a); },
      "__iadd__"_a = [](auto& self, int o) -> auto& { klass::setattr(self, "v"_a, klass::getattr(self, "v"_a) + o); return self; },
      "__matmul__"_a = [](auto&, int o) { return o; }, "__floordiv__"_a = [](auto&, int o) { return o; },
      "__divmod__"_a = [](auto&, int o) { return o; }, "__pow__"_a = [](auto&, int o) { return o; },
      "__neg__"_a = [](auto& self) { return -klass::getattr(self, "v"_a); },
      "__pos__"_a = [](auto& self) { return klass::getattr(self, "v"_a); },
      "__invert__"_a = [](auto& self) { return ~klass::getattr(self, "v"_a); },
      "__abs__"_a = [](auto& self) { return klass::getattr(self, "v"_a); });
};
inline int use() {
  klass::ref<N> n(*new klass::instance<N>());
  int sum = (n + 1) + (1 + n) + (-n) + (+n) + (~n) + klass::abs(n);
  n += 2;
  return sum + klass::matmul(n, 1) + klass::floordiv(n, 1) + klass::divmod(n, 1) + klass::pow(n, 1);
}
[[maybe_unused]] klass::error::unsupported_operand_types<struct Op, N, int>* e1 = nullptr;
[[maybe_unused]] klass::error::operands_answer_with_different_types<struct Op, N, int>* e2 = nullptr;
[[maybe_unused]] klass::error::bad_operand_type_for_unary<struct Op, int>* e3 = nullptr;
[[maybe_unused]] klass::error::inplace_result_is_not_the_class<struct Op, N>* e4 = nullptr;
