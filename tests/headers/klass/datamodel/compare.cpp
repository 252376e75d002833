// Uses of what <klass/datamodel/compare.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/compare.hpp>

using namespace klass::literals;

struct P {
  static constexpr auto dict = klass::dict(
      "v"_a = klass::field<int>(1),
      "__eq__"_a = [](auto& self, const klass::instance_of<P> auto& o) { return klass::getattr(self, "v"_a) == klass::getattr(o, "v"_a); },
      "__lt__"_a = [](auto& self, const klass::instance_of<P> auto& o) { return klass::getattr(self, "v"_a) < klass::getattr(o, "v"_a); });
};
inline bool use() {
  klass::ref<P> a(*new klass::instance<P>());
  klass::ref<P> b(*new klass::instance<P>());
  return (a == b) && !(a != b) && !(a < b) && !(b > a);  // (<= and >= need __le__, __ge__)
}
[[maybe_unused]] klass::error::not_supported_between_instances<struct Op, P, int>* e1 = nullptr;
