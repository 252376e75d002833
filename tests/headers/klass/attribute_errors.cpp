// Uses of what <klass/attribute_errors.hpp> declares, with only it included
// (tests/harness.py header): the names clang shows for attribute errors.
#include <klass/attribute_errors.hpp>

using namespace klass::literals;

struct A {};
using x = decltype("x"_a);
[[maybe_unused]] klass::error::object_has_no_attribute<A, x>* e1 = nullptr;
[[maybe_unused]] klass::error::type_object_has_no_attribute<A, x>* e2 = nullptr;
[[maybe_unused]] klass::error::no_dict_for_setting_new_attributes<A, x>* e3 = nullptr;
[[maybe_unused]] klass::error::object_attribute_is_read_only<A, x>* e4 = nullptr;
[[maybe_unused]] klass::error::property_has_no_getter<A, x>* e5 = nullptr;
[[maybe_unused]] klass::error::property_has_no_setter<A, x>* e6 = nullptr;
[[maybe_unused]] klass::error::property_has_no_deleter<A, x>* e7 = nullptr;
[[maybe_unused]] klass::error::descriptor_has_no_set<A, x>* e8 = nullptr;
[[maybe_unused]] klass::error::descriptor_has_no_delete<A, x>* e9 = nullptr;
[[maybe_unused]] klass::error::missing_self_argument<A, x>* e10 = nullptr;
[[maybe_unused]] klass::error::cannot_add_class_attribute_at_run_time<A, x>* e11 = nullptr;
[[maybe_unused]] klass::error::cannot_delete_class_attribute_at_run_time<A, x>* e12 = nullptr;
[[maybe_unused]] klass::error::class_attribute_keeps_its_type<A, x>* e13 = nullptr;
[[maybe_unused]] klass::error::instance_and_class_attribute_types_differ<A, x>* e14 = nullptr;
[[maybe_unused]] klass::error::getattr_gives_another_type<A, x>* e15 = nullptr;
// With CPython's suggestion (clang 14 names it): "... Did you mean: 'x'?"
[[maybe_unused]] klass::error::object_has_no_attribute<A, decltype("y"_a), klass::error::did_you_mean<x>>* e16 = nullptr;
