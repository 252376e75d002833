// Uses of what <klass/explain.hpp> declares, with only it included (tests/harness.py header).
#include <klass/explain.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("color"_a = 1, "f"_a = [](auto&) { return 2; });
};

constexpr klass::lookup_explanation on_instance = klass::explain_lookup<A>("f"_a);
static_assert(on_instance.rule == klass::lookup_rule::non_data_descriptor && on_instance.owner == "A");
constexpr auto on_class = klass::explain_lookup(klass::class_object<A>{}, "colour"_a);
static_assert(!on_class.found() && on_class.did_you_mean == "color");
static_assert(klass::kind_name(klass::attribute_kind::function) == "function");
static_assert(klass::rule_name(klass::lookup_rule::not_found) == "AttributeError");
constexpr klass::explanation_text text = on_instance.text();
static_assert(text.view() == "A().f: a non-data descriptor on the type: its __get__(o, type(o)) (function in A.__dict__)");
