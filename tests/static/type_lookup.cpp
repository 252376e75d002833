// Internals of <klass/type_lookup.hpp> (a test of internals): _PyType_Lookup's
// answer — which class of the MRO defines a name, its kind — decided at compile time.
#include <klass/klass.hpp>

using namespace klass::literals;

namespace owners {
struct Root {
  static constexpr auto dict = klass::dict("x"_a = 1, "m"_a = klass::member<int>, "name"_a = klass::field<int>);
};
struct Leaf {
  using bases = klass::bases<Root>;
  static constexpr auto dict = klass::dict("x"_a = 2.5);
};
static_assert(std::is_same_v<klass::detail::type_lookup<Leaf, klass::attr_c<"x">>::owner, Leaf>);
static_assert(std::is_same_v<klass::detail::type_lookup<Leaf, klass::attr_c<"m">>::owner, Root>);
static_assert(klass::detail::type_lookup<Leaf, klass::attr_c<"m">>::kind == klass::attribute_kind::member);
static_assert(!klass::detail::type_lookup<Leaf, klass::attr_c<"name">>::found);  // a field is not a class attribute
static_assert(klass::detail::field_lookup<Leaf, klass::attr_c<"name">>::found);
static_assert(klass::detail::has_slot<Leaf, klass::attr_c<"x">>());   // an instance may shadow x
static_assert(!klass::detail::has_slot<Leaf, klass::attr_c<"zz">>());
}  // namespace owners

namespace builtins {
// object's methods are found on object; type.__call__ on type.
struct A {};
static_assert(std::is_same_v<klass::detail::type_lookup<A, klass::attr_c<"__init_subclass__">>::owner, klass::object>);
static_assert(klass::detail::type_lookup<A, klass::attr_c<"__init_subclass__">>::kind ==
              klass::attribute_kind::classmethod);
static_assert(std::is_same_v<klass::detail::type_lookup<klass::metaclass_of<A>, klass::attr_c<"__call__">>::owner,
                             klass::type>);
}  // namespace builtins
