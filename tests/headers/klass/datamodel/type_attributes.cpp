// Uses of what <klass/datamodel/type_attributes.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/type_attributes.hpp>

#include <string_view>

using namespace klass::literals;

namespace shapes {
struct Shape {
  static constexpr auto dict = klass::dict("sides"_a = 0, "name"_a = klass::field<int>);
};
}  // namespace shapes
using shapes::Shape;
static_assert(klass::qualname<Shape> == "Shape" && !klass::module<Shape>.empty());
inline bool use() {
  constexpr klass::class_object<Shape> S{};
  bool named = klass::getattr(S, "__name__"_a) == std::string_view("Shape");
  klass::class_dict_view<Shape> ns = klass::getattr(S, "__dict__"_a);
  klass::ref<Shape> s(*new klass::instance<Shape>());
  klass::instance_dict_view<Shape> own = klass::getattr(s, "__dict__"_a);
  return named && ns.size() == 2 && klass::getattr(s, "__class__"_a) == S && own.size() == 0;
}
[[maybe_unused]] klass::error::readonly_attribute<Shape, decltype("__name__"_a)>* e1 = nullptr;
[[maybe_unused]] klass::error::cannot_change_at_run_time<Shape, decltype("__name__"_a)>* e2 = nullptr;
