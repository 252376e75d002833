// Uses of <klass/class_dict.hpp>, an internal header (no public names; a test of
// internals): the namespace a class is created with.
#include <klass/class_dict.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "__init_subclass__"_a = [](auto) {});
};
struct Empty {};
static_assert(klass::detail::dict_of<A>()["x"_a] == 1);
static_assert(klass::kind_of<std::remove_cvref_t<decltype(klass::detail::dict_of<A>()["__init_subclass__"_a])>>() ==
              klass::attribute_kind::classmethod);
static_assert(klass::detail::dict_type<Empty>::size == 0);
