// Compile-time facts of names, class dicts and descriptor kinds.
#include <memory>
#include <string_view>
#include <bitset>

#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

namespace names_and_dicts {
static_assert(("x"_a).name == "x");
static_assert(std::is_same_v<decltype("qux"_a), klass::attr<'q', 'u', 'x'>>);
static_assert(std::is_same_v<decltype("qux"_a), klass::attr_c<"qux">>);
static_assert(klass::attribute_name<decltype("x"_a)> && !klass::attribute_name<int>);

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "s"_a = "text", "f"_a = [](auto&) { return 0; });
};
static_assert(A::dict["x"_a] == 1);
static_assert(A::dict["s"_a] == "text");  // a literal is stored as std::string_view
static_assert(std::is_same_v<std::remove_cvref_t<decltype(A::dict["s"_a])>, std::string_view>);
static_assert(A::dict.size == 3);
static_assert(A::dict.names() == hana::tuple_t<klass::attr_c<"x">, klass::attr_c<"s">, klass::attr_c<"f">>);
}  // namespace names_and_dicts

namespace descriptor_kinds {
struct Full { int get(auto&, auto) const; void set(auto&, int); void del(auto&); };
struct SetOnly { void set(auto&, int); };
struct DelOnly { void del(auto&); };
struct GetOnly { int get(auto&, auto) const; };
struct Plain { int value; };
struct Functor { int operator()(int) const; };
using generic_lambda = decltype([](auto& self) { return self.this_body_is_never_instantiated(); });

static_assert(klass::data_descriptor<Full> && klass::data_descriptor<SetOnly> && klass::data_descriptor<DelOnly>);
static_assert(klass::non_data_descriptor<GetOnly> && !klass::data_descriptor<GetOnly>);
static_assert(!klass::descriptor<Plain> && !klass::descriptor<int>);
// The standard library's get/set members are not the descriptor protocol.
static_assert(!klass::descriptor<std::shared_ptr<int>> && !klass::descriptor<std::bitset<4>>);

using kind = klass::attribute_kind;
static_assert(klass::kind_of<Full>() == kind::data_descriptor);
static_assert(klass::kind_of<GetOnly>() == kind::non_data_descriptor);
static_assert(klass::kind_of<Plain>() == kind::value);
static_assert(klass::kind_of<Functor>() == kind::function);
static_assert(klass::kind_of<generic_lambda>() == kind::function);
static_assert(klass::kind_of<int (*)(int)>() == kind::function);
static_assert(klass::kind_of<klass::field_t<int>>() == kind::field);
static_assert(klass::kind_of<klass::member_t<int>>() == kind::member);
static_assert(klass::kind_of<decltype(klass::property())>() == kind::property);
static_assert(klass::kind_of<decltype(klass::staticmethod(generic_lambda{}))>() == kind::staticmethod);
static_assert(klass::kind_of<decltype(klass::classmethod(generic_lambda{}))>() == kind::classmethod);
}  // namespace descriptor_kinds

namespace lookup_is_static {
struct Base {
  static constexpr auto dict = klass::dict("x"_a = 1, "m"_a = klass::member<int>, "name"_a = klass::field<int>);
};
struct Derived {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("x"_a = 2);
};
// Class-level answers are constants: hasattr, and what is found (which class
// defines a name: tests/static/type_lookup.cpp).
static_assert(klass::hasattr(klass::cls<Derived>, "x"_a) && !klass::hasattr(klass::cls<Derived>, "name"_a));
static_assert(klass::cls<Derived>.__name__ == "Derived");
}  // namespace lookup_is_static

namespace namespace_edits {
// ns['x'] = v: an existing name keeps its place with the new value; a new one is appended.
constexpr auto edited = klass::dict("a"_a = 1, "b"_a = 2).with("a"_a = 5, "c"_a = 3, "c"_a = 4);
static_assert(edited["a"_a] == 5 && edited["b"_a] == 2 && edited["c"_a] == 4);
static_assert(decltype(edited)::names() == hana::tuple_t<klass::attr_c<"a">, klass::attr_c<"b">, klass::attr_c<"c">>);

// A function as metaclass rewrites the namespace the class is created with.
struct mymeta {
  constexpr auto operator()(auto, const auto& attrs) const { return attrs.with("foo"_a = "bar"); }
};
struct D {
  using metaclass = klass::function_metaclass<mymeta>;
};
struct E {
  using bases = klass::bases<D>;
};
static_assert(klass::hasattr(klass::cls<D>, "foo"_a) && klass::hasattr(klass::cls<E>, "foo"_a));
// (The namespace itself: tests/static/class_dict.cpp.)
}  // namespace namespace_edits
