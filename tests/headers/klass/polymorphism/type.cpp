// Uses of what <klass/polymorphism/type.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/type.hpp>

#include <string_view>

struct Shape {};
struct Square {
  using bases = klass::bases<Shape>;
};
inline bool use() {
  klass::handle<Shape> s = klass::ref<Square>(*new klass::instance<Square>());
  klass::class_handle<Shape> t = klass::type_of(s);  // type(s): Square, known at run time
  return t.__name__ == std::string_view("Square") && t == klass::class_object<Square>{} && t.mro_names().size() == 3 &&
         klass::isinstance(s, klass::class_object<Square>{}) && klass::isinstance(s, klass::class_object<Shape>{});
}
[[maybe_unused]] klass::error::subclasshook_cannot_be_asked_about_a_class_known_only_at_run_time<Shape>* e1 = nullptr;
