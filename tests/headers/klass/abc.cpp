// Uses of what <klass/abc.hpp> declares, with only it included (tests/harness.py header).
#include <klass/abc.hpp>

#include <boost/hana/equal.hpp>

using namespace klass::literals;

struct Shape {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("area"_a = klass::abstractmethod([](auto&) { return 0; }));
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 4; });
};
struct Circle {};
template <>
struct klass::abc_register<Circle> : klass::bases<Shape> {};

static_assert(std::is_same_v<klass::metaclass_of<klass::abc>, klass::abc_meta>);
static_assert(klass::is_abstract<Shape> && !klass::is_abstract<Square>);
static_assert(klass::abstract_methods<Shape> == boost::hana::tuple_t<klass::attr_c<"area">>);
static_assert(klass::abstract_message<Shape> ==
              "Can't instantiate abstract class Shape without an implementation for abstract method 'area'");
static_assert(klass::abstract_message<Square>.empty());
static_assert(klass::issubclass<Circle, Shape> && !klass::has_consistent_mro<Circle> == false);
[[maybe_unused]] klass::error::cant_instantiate_abstract_class<Shape, klass::attr_c<"area">>* e1 = nullptr;
[[maybe_unused]] klass::error::refusing_to_create_an_inheritance_cycle<Shape, Circle>* e2 = nullptr;
[[maybe_unused]] klass::error::register_needs_an_abc<Circle, Square>* e3 = nullptr;
