// Uses of what <klass/polymorphism/names.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/names.hpp>

#include <string_view>
#include <type_traits>

using namespace klass::literals;

struct Shape {
  static constexpr auto dict = klass::dict("sides"_a = 4);
};
inline bool use(std::string_view name) {
  klass::ref<Shape> exact(*new klass::instance<Shape>());
  klass::handle<Shape> s = exact;
  int found = 0;
  // Every attribute of the class is visited with its own type (object's methods too): count the ints.
  const auto count = [&](const auto& v) {
    if constexpr (std::is_convertible_v<decltype(v), int>) found += static_cast<int>(v);
  };
  klass::visit_attr(exact, name, count);
  klass::visit_attr(s, name, count);
  klass::visit_attr(klass::cls<Shape>, name, count);
  klass::visit_attr(*exact, name, count);
  return found == 16 && klass::hasattr(exact, name) && klass::hasattr(*exact, name) && klass::hasattr(s, name) &&
         klass::hasattr(klass::cls<Shape>, name);
}
[[maybe_unused]] klass::error::attribute_hooks_cannot_take_a_name_known_only_at_run_time<Shape>* e1 = nullptr;
