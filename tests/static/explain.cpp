// klass::explain_lookup and klass::mro_explanation: the rule of attribute lookup
// that answers, and the ordering constraints that refuse an MRO, as values.
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;
using klass::attribute_kind;
using klass::lookup_rule;

namespace lookups {
struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("registry"_a = 3, "kind"_a = klass::property([](auto) { return 1; }));
};
struct Base {
  using metaclass = Meta;
  static constexpr auto dict = klass::dict("p"_a = klass::property([](auto&) { return 1; }), "color"_a = 2,
                                           "name"_a = klass::field<std::string>);
};
struct Getter {
  int get(const auto&, const auto&) const { return 1; }
};
struct Setter {
  int get(const auto&, const auto&) const { return 1; }
  void set(auto&, int) const {}
};
struct A {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 1; }, "s"_a = klass::member<int>,
                                           "cm"_a = klass::classmethod([](auto) { return 2; }),
                                           "sm"_a = klass::staticmethod([] { return 3; }), "g"_a = Getter{},
                                           "d"_a = Setter{});
};
struct WithGetattr {
  static constexpr auto dict = klass::dict("__getattr__"_a = [](auto&, auto) { return 7; }, "x"_a = 1);
};
struct WithGetattribute {
  static constexpr auto dict = klass::dict("__getattribute__"_a = [](auto&, auto) { return 7; });
};
struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<XY, YX>; };

// PyObject_GenericGetAttr's order for instances
constexpr auto p = klass::explain_lookup<A>("p"_a);
static_assert(p.rule == lookup_rule::data_descriptor && p.owner == "Base" && p.kind == attribute_kind::property);
static_assert(p.cls == "A" && p.name == "p" && !p.on_class && p.found());
static_assert(klass::explain_lookup<A>("d"_a).rule == lookup_rule::data_descriptor);
static_assert(klass::explain_lookup<A>("d"_a).kind == attribute_kind::data_descriptor);
static_assert(klass::explain_lookup<A>("s"_a).rule == lookup_rule::data_descriptor);
static_assert(klass::explain_lookup<A>("s"_a).kind == attribute_kind::member);
constexpr auto color = klass::explain_lookup<A>("color"_a);
static_assert(color.rule == lookup_rule::instance_dict && color.otherwise == lookup_rule::class_attribute);
static_assert(color.owner == "Base" && color.kind == attribute_kind::value);
constexpr auto name = klass::explain_lookup<A>("name"_a);
static_assert(name.rule == lookup_rule::instance_dict && name.otherwise == lookup_rule::not_found);
static_assert(name.kind == attribute_kind::field && name.owner == "Base");
static_assert(klass::explain_lookup<A>("f"_a).rule == lookup_rule::non_data_descriptor);
static_assert(klass::explain_lookup<A>("cm"_a).kind == attribute_kind::classmethod);
static_assert(klass::explain_lookup<A>("sm"_a).kind == attribute_kind::staticmethod);
static_assert(klass::explain_lookup<A>("g"_a).kind == attribute_kind::non_data_descriptor);
static_assert(klass::explain_lookup<A>("g"_a).rule == lookup_rule::non_data_descriptor);
constexpr auto missing = klass::explain_lookup<A>("nam"_a);
static_assert(missing.rule == lookup_rule::not_found && !missing.found() && missing.did_you_mean == "name");
static_assert(klass::explain_lookup<A>("zzz"_a).did_you_mean.empty());
static_assert(klass::explain_lookup<WithGetattr>("y"_a).rule == lookup_rule::getattr);
static_assert(klass::explain_lookup<WithGetattr>("x"_a).rule == lookup_rule::instance_dict);
static_assert(klass::explain_lookup<WithGetattribute>("x"_a).rule == lookup_rule::getattribute);
static_assert(klass::explain_lookup<WithGetattribute>("x"_a).otherwise == lookup_rule::not_found);
static_assert(klass::explain_lookup<Z>("x"_a).rule == lookup_rule::class_not_created);

// type_getattro's order for classes
static_assert(klass::explain_lookup(klass::cls<A>, "kind"_a).rule == lookup_rule::metaclass_data_descriptor);
static_assert(klass::explain_lookup(klass::cls<A>, "kind"_a).owner == "Meta");
static_assert(klass::explain_lookup(klass::cls<A>, "p"_a).rule == lookup_rule::class_mro);
static_assert(klass::explain_lookup(klass::cls<A>, "registry"_a).rule == lookup_rule::metaclass_attribute);
static_assert(klass::explain_lookup(klass::cls<A>, "name"_a).rule == lookup_rule::not_found);  // a field: not on the class
static_assert(klass::explain_lookup(klass::cls<A>, "colr"_a).did_you_mean == "color");
static_assert(klass::explain_lookup(klass::cls<A>, "f"_a).on_class);

// The text
static_assert(p.text().view() == "A().p: a data descriptor on the type wins over the instance dict (property in Base.__dict__)");
static_assert(name.text().view() ==
              "A().name: the instance dict, if it holds the name; else AttributeError (field declared by Base)");
static_assert(missing.text().view() == "A().nam: AttributeError. Did you mean: 'name'?");
static_assert(klass::kind_name(attribute_kind::non_data_descriptor) == "non-data descriptor");
}  // namespace lookups

namespace mros {
struct A {};
struct B {};
struct P { using bases = klass::bases<A, B>; };
struct Q { using bases = klass::bases<P>; };
struct R { using bases = klass::bases<B, A>; };
struct S { using bases = klass::bases<Q, R>; };  // refused: A, B
struct T { using bases = klass::bases<S>; };     // refused through S
struct O2 { using bases = klass::bases<A>; };
struct W { using bases = klass::bases<klass::object, O2>; };
struct D { using bases = klass::bases<A, A>; };

constexpr auto s = klass::mro_explanation<S>;
static_assert(s.status == klass::mro_status::inconsistent && s.failing_class == "S" && s.size() == 2);
static_assert(s.constraints[0].before == "A" && s.constraints[0].after == "B");
static_assert(s.constraints[0].origin == klass::mro_origin::bases && s.constraints[0].stated_in == "P");
static_assert(s.constraints[0].inherited_by == "Q");
static_assert(s.constraints[1].before == "B" && s.constraints[1].after == "A" && s.constraints[1].stated_in == "R");
static_assert(s.constraints[1].inherited_by.empty());
static_assert(s.text() == "A precedes B in the bases of P inherited by Q, but B precedes A in the bases of R");
static_assert(klass::mro_explanation<T>.status == klass::mro_status::inconsistent_base);
static_assert(klass::mro_explanation<T>.failing_class == "S" && klass::mro_explanation<T>.text() == s.text());
constexpr auto w = klass::mro_explanation<W>;
static_assert(w.constraints[1].origin == klass::mro_origin::subclass);
static_assert(w.text() == "object precedes O2 in the bases of W, but O2 derives from object");
static_assert(klass::mro_explanation<D>.status == klass::mro_status::duplicate_base);
static_assert(klass::mro_explanation<D>.size() == 0 && klass::mro_explanation<D>.text().empty());
static_assert(klass::mro_explanation<P>.status == klass::mro_status::consistent && klass::mro_explanation<P>.size() == 0);
}  // namespace mros
