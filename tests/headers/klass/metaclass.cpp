// Uses of what <klass/metaclass.hpp> declares, with only it included (tests/harness.py header).
#include <klass/metaclass.hpp>

using namespace klass::literals;

struct Meta { using bases = klass::bases<klass::type>; };
struct Other { using bases = klass::bases<klass::type>; };
struct A { using metaclass = Meta; };
struct B { using bases = klass::bases<A>; };
struct O { using metaclass = Other; };
struct Both { using bases = klass::bases<A, O>; };
struct adds {
  constexpr auto operator()(auto, const auto& ns) const { return ns.with("foo"_a = 1); }
};
struct F { using metaclass = klass::function_metaclass<adds>; };

static_assert(klass::metaclass_type<Meta> && klass::metaclass_type<klass::type> && !klass::metaclass_type<A>);
static_assert(std::is_same_v<klass::metaclass_of<B>, Meta> && std::is_same_v<klass::metaclass_of<Meta>, klass::type>);
static_assert(klass::type_of(klass::class_object<B>{}) == klass::class_object<Meta>{});
static_assert(klass::has_metaclass_conflict<Both> && !klass::has_metaclass_conflict<B>);
static_assert(klass::metaclass_type<klass::function_metaclass<adds>> && klass::name<klass::type> == "type");
static_assert(std::is_same_v<klass::metaclass_of<F>, klass::function_metaclass<adds>>);
[[maybe_unused]] klass::error::metaclass_conflict<Meta, Other>* conflict = nullptr;
