// Uses of what <klass/datamodel/context.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/context.hpp>

using namespace klass::literals;

struct Managed {
  static constexpr auto dict = klass::dict(
      "open"_a = klass::field<bool>(false),
      "__enter__"_a = [](auto& self) { klass::setattr(self, "open"_a, true); return 1; },
      "__exit__"_a = [](auto& self, auto&&...) { klass::setattr(self, "open"_a, false); return false; });
};
inline int use() {
  klass::ref<Managed> m(*new klass::instance<Managed>());
  return klass::with(m, [](int entered) { return entered + 1; }).value_or(0);
}
[[maybe_unused]] klass::error::does_not_support_the_context_manager_protocol<Managed>* e1 = nullptr;
