// Internals of <klass/class_dict.hpp> (a test of internals): the namespace a
// class is created with — its body's dict, a metaclass's transform, the implicit
// classmethods of type.__new__ — referred to without a copy when nothing changes it.
#include <klass/klass.hpp>

using namespace klass::literals;

namespace function_metaclass {
struct adds_spam {
  constexpr auto operator()(auto, const auto& ns) const { return ns.with("spam"_a = 2); }
};
struct Transformed {
  using metaclass = klass::function_metaclass<adds_spam>;
};
static_assert(klass::detail::dict_of<Transformed>()["spam"_a] == 2);
static_assert(!klass::detail::declares_dict<Transformed>);  // the class body itself declared nothing
}  // namespace function_metaclass

namespace no_copy {
struct Plain {
  static constexpr auto dict = klass::dict("x"_a = 1);
};
struct Hooked {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto) {});
};
struct Empty {};
// Nothing to wrap: the namespace is the class body itself (or the one empty dict).
static_assert(&klass::detail::dict_of<Plain>() == &Plain::dict);
static_assert(&klass::detail::dict_of<Empty>() == &klass::detail::empty_dict);
// A plain-function __init_subclass__ is wrapped: a copy, holding a classmethod.
static_assert(static_cast<const void*>(&klass::detail::dict_of<Hooked>()) != &Hooked::dict);
static_assert(klass::detail::type_lookup<Hooked, klass::attr_c<"__init_subclass__">>::kind ==
              klass::attribute_kind::classmethod);
}  // namespace no_copy

namespace inherited_transform {
// A metaclass inherits the first transform_namespace of its MRO (M2(M1) adds what M1 adds).
struct M1 {
  using bases = klass::bases<klass::type>;
  static constexpr auto transform_namespace(auto, const auto& ns) { return ns.with("__spam__"_a = 1); }
};
struct Other {
  using bases = klass::bases<klass::type>;
};
struct M2 {
  using bases = klass::bases<Other, M1>;
};
static_assert(std::is_same_v<klass::detail::namespace_transformer<M2>::type, M1>);
static_assert(std::is_void_v<klass::detail::namespace_transformer<Other>::type>);
}  // namespace inherited_transform
