// Uses of <klass/type_lookup.hpp>, an internal header (no public names; a test
// of internals): _PyType_Lookup at compile time and the instance layout it implies.
#include <klass/type_lookup.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "y"_a = klass::field<int>);
};
struct B {
  using bases = klass::bases<A>;
};
static_assert(std::is_same_v<klass::detail::type_lookup<B, decltype("x"_a)>::owner, A>);
static_assert(klass::detail::field_lookup<B, decltype("y"_a)>::found && !klass::detail::type_lookup<B, decltype("y"_a)>::found);
static_assert(klass::detail::has_slot<B, decltype("y"_a)>() && klass::detail::namespace_of<B>::data.slot_count == 2);
static_assert(klass::detail::own_index<A, decltype("y"_a)>() == 1);
