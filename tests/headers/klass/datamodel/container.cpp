// Uses of what <klass/datamodel/container.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/container.hpp>

#include <map>

using namespace klass::literals;

struct Box {
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<std::map<int, int>>,
      "__getitem__"_a = [](auto& self, int k) { return klass::getattr(self, "items"_a).at(k); },
      "__setitem__"_a = [](auto& self, int k, int v) { klass::getattr(self, "items"_a)[k] = v; },
      "__delitem__"_a = [](auto& self, int k) { klass::getattr(self, "items"_a).erase(k); },
      "__contains__"_a = [](auto& self, int k) { return klass::getattr(self, "items"_a).count(k) != 0; });
};
inline bool use() {
  klass::ref<Box> b(*new klass::instance<Box>());
  klass::setattr(b, "items"_a, std::map<int, int>{});
  klass::setitem(b, 1, 10);
  b[2] = 20;  // o[k] = v: __setitem__
  bool ok = klass::getitem(b, 1) == 10 && klass::getitem(b, 2) == 20 && klass::contains(b, 1);
  klass::delitem(b, 1);
  return ok && !klass::contains(b, 1);
}
[[maybe_unused]] klass::error::object_is_not_subscriptable<Box>* e1 = nullptr;
[[maybe_unused]] klass::error::object_does_not_support_item_assignment<Box>* e2 = nullptr;
[[maybe_unused]] klass::error::object_does_not_support_item_deletion<Box>* e3 = nullptr;
[[maybe_unused]] klass::error::argument_is_not_iterable<Box>* e4 = nullptr;
