// Uses of what <klass/polymorphism/handle.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/handle.hpp>

using namespace klass::literals;

struct Shape {
  static constexpr auto dict = klass::dict("sides"_a = klass::field<int>, "area"_a = [](auto&) { return 0.0; });
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 4.0; });
};
inline bool use() {
  klass::ref<Square> exact(*new klass::instance<Square>());
  klass::handle<Shape> s = exact;  // the object keeps its class
  klass::setattr(s, "sides"_a, 4);
  klass::method<double()> area = klass::getattr(s, "area"_a);  // Square's area, bound
  const bool had = klass::hasattr(s, "sides"_a);
  klass::delattr(s, "sides"_a);
  klass::handle<Shape> none;
  return area() == 4.0 && had && !klass::hasattr(s, "sides"_a) && klass::is(s, exact) && klass::is(exact, s) &&
         klass::is(s, s) && klass::is_none(none) && !klass::is_none(exact) && bool(s);
}

using x = decltype("x"_a);
[[maybe_unused]] klass::error::object_has_no_attribute_through_a_handle_of_the_base<Shape, x>* e1 = nullptr;
[[maybe_unused]] klass::error::not_reachable_through_a_base_handle<Shape, x>* e2 = nullptr;
[[maybe_unused]] klass::error::method_has_generic_parameters_state_its_signature<Shape, x>* e3 = nullptr;
[[maybe_unused]] klass::error::per_class_value_not_reachable_through_a_base_handle<Shape, x>* e4 = nullptr;
[[maybe_unused]] klass::error::attribute_is_set_through_a_generic_setter<Shape, x>* e5 = nullptr;
