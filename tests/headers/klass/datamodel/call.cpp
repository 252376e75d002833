// Uses of what <klass/datamodel/call.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/call.hpp>

using namespace klass::literals;

struct Adder {
  static constexpr auto dict = klass::dict("__call__"_a = [](auto&, int a, int b) { return a + b; });
};
struct Plain {};
inline int use() {
  klass::ref<Adder> add(*new klass::instance<Adder>());
  klass::ref<Plain> plain(*new klass::instance<Plain>());
  return add(1, 2) + klass::callable(add) - klass::callable(plain);
}
[[maybe_unused]] klass::error::object_is_not_callable<Plain>* e1 = nullptr;
