// klass/attribute_errors.hpp — the compile-time refusals of attribute access, in Python's words.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ATTRIBUTE_ERRORS_HPP
#define KLASS_ATTRIBUTE_ERRORS_HPP

#include <klass/class.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/errors.hpp>
#include <klass/suggestions.hpp>

namespace klass {
namespace error {
// Named after the errors, so clang shows the class and the attribute involved.
template <class Class, class Name, class... DidYouMean> struct object_has_no_attribute;
template <class Class, class Name, class... DidYouMean> struct type_object_has_no_attribute;
template <class Class, class Name, class... DidYouMean> struct no_dict_for_setting_new_attributes;
template <class Name> struct did_you_mean;
template <class Class, class Name> struct object_attribute_is_read_only;
template <class Class, class Name> struct property_has_no_getter;
template <class Class, class Name> struct property_has_no_setter;
template <class Class, class Name> struct property_has_no_deleter;
template <class Class, class Name> struct descriptor_has_no_set;
template <class Class, class Name> struct descriptor_has_no_delete;
template <class Class, class Name> struct missing_self_argument;
template <class Class, class Name> struct cannot_add_class_attribute_at_run_time;
template <class Class, class Name> struct cannot_delete_class_attribute_at_run_time;
template <class Class, class Name> struct class_attribute_keeps_its_type;
template <class Class, class Name> struct instance_and_class_attribute_types_differ;
template <class Class, class Name> struct getattr_gives_another_type;
}  // namespace error

namespace detail {

// Error<C, N>, or Error<C, N, error::did_you_mean<Suggested>>: what clang 14 shows.
template <template <class...> class Error, class C, class N, class Suggested>
struct named_error {
  using type = Error<C, N, error::did_you_mean<Suggested>>;
};
template <template <class...> class Error, class C, class N>
struct named_error<Error, C, N, void> {
  using type = Error<C, N>;
};

template <class C, class N>
struct attribute_errors {
  static constexpr auto& c = fixed_name<C>;
  static constexpr auto& n = N::fixed;

  // The three errors CPython completes with "Did you mean: 'name'?" (the nearest
  // name declared in the MRO, <klass/suggestions.hpp>).
  struct object_has_no_attribute {
    using suggested = typename suggestion<C, N, false>::type;
    KLASS_DETAIL_ERROR(object_has_no_attribute, AttributeError, "'<class>' object has no attribute '<name>'",
                       (join<"'", c, "' object has no attribute '", n, "'", did_you_mean_text<suggested>>),
                       typename named_error<error::object_has_no_attribute, C, N, suggested>::type);
  };
  struct type_object_has_no_attribute {
    using suggested = typename suggestion<C, N, true>::type;
    KLASS_DETAIL_ERROR(type_object_has_no_attribute, AttributeError, "type object '<class>' has no attribute '<name>'",
                       (join<"type object '", c, "' has no attribute '", n, "'", did_you_mean_text<suggested>>),
                       typename named_error<error::type_object_has_no_attribute, C, N, suggested>::type);
  };
  struct no_dict_for_setting_new_attributes {
    using suggested = typename suggestion<C, N, false>::type;
    KLASS_DETAIL_ERROR(no_dict_for_setting_new_attributes, AttributeError,
                       "'<class>' object has no attribute '<name>' and no __dict__ for setting new attributes",
                       (join<"'", c, "' object has no attribute '", n,
                             "' and no __dict__ for setting new attributes", did_you_mean_text<suggested>>),
                       typename named_error<error::no_dict_for_setting_new_attributes, C, N, suggested>::type);
  };
  struct object_attribute_is_read_only {
    KLASS_DETAIL_ERROR(object_attribute_is_read_only, AttributeError, "'<class>' object attribute '<name>' is read-only",
                       (join<"'", c, "' object attribute '", n, "' is read-only">),
                       error::object_attribute_is_read_only<C, N>);
  };
  struct property_has_no_getter {
    KLASS_DETAIL_ERROR(property_has_no_getter, AttributeError, "property '<name>' of '<class>' object has no getter",
                       (join<"property '", n, "' of '", c, "' object has no getter">),
                       error::property_has_no_getter<C, N>);
  };
  struct property_has_no_setter {
    KLASS_DETAIL_ERROR(property_has_no_setter, AttributeError, "property '<name>' of '<class>' object has no setter",
                       (join<"property '", n, "' of '", c, "' object has no setter">),
                       error::property_has_no_setter<C, N>);
  };
  struct property_has_no_deleter {
    KLASS_DETAIL_ERROR(property_has_no_deleter, AttributeError, "property '<name>' of '<class>' object has no deleter",
                       (join<"property '", n, "' of '", c, "' object has no deleter">),
                       error::property_has_no_deleter<C, N>);
  };
  struct descriptor_has_no_set {
    KLASS_DETAIL_ERROR(descriptor_has_no_set, AttributeError, "__set__", (join<"__set__ (descriptor '", n, "' of '", c, "')">),
                       error::descriptor_has_no_set<C, N>);
  };
  struct descriptor_has_no_delete {
    KLASS_DETAIL_ERROR(descriptor_has_no_delete, AttributeError, "__delete__", (join<"__delete__ (descriptor '", n, "' of '", c, "')">),
                       error::descriptor_has_no_delete<C, N>);
  };
  struct missing_self_argument {
    KLASS_DETAIL_ERROR(missing_self_argument, TypeError, "<class>.<name>() missing 1 required positional argument: 'self'",
                       (join<c, ".", n, "() missing 1 required positional argument: 'self'">),
                       error::missing_self_argument<C, N>);
  };
  // klass's own limits, said plainly (docs/limitations.md).
  struct cannot_add_class_attribute_at_run_time {
    KLASS_DETAIL_ERROR(cannot_add_class_attribute_at_run_time, AttributeError, "klass cannot add a name to a class at run time; declare it in the class's dict",
                       (join<"klass cannot add '", n, "' to class '", c,
                             "' at run time; declare it in its dict">),
                       error::cannot_add_class_attribute_at_run_time<C, N>);
  };
  struct cannot_delete_class_attribute_at_run_time {
    KLASS_DETAIL_ERROR(cannot_delete_class_attribute_at_run_time, AttributeError, "klass cannot delete a class attribute at run time",
                       (join<"klass cannot delete '", n, "' of class '", c, "' at run time">),
                       error::cannot_delete_class_attribute_at_run_time<C, N>);
  };
  struct class_attribute_keeps_its_type {
    KLASS_DETAIL_ERROR(class_attribute_keeps_its_type, TypeError, "a klass class attribute keeps the C++ type it was declared with",
                       (join<"class attribute '", n, "' of '", c,
                             "' keeps the C++ type it was declared with">),
                       error::class_attribute_keeps_its_type<C, N>);
  };
  struct getattr_gives_another_type {
    KLASS_DETAIL_ERROR(getattr_gives_another_type, TypeError, "__getattr__ must give a C++ type compatible with what lookup of the name gives",
                       (join<"'", c, ".__getattr__' must give a C++ type compatible with what lookup of '", n,
                             "' gives">),
                       error::getattr_gives_another_type<C, N>);
  };
  struct instance_and_class_attribute_types_differ {
    KLASS_DETAIL_ERROR(instance_and_class_attribute_types_differ, TypeError, "an instance attribute and the class attribute it shadows must have one C++ type",
                       (join<"instance attribute '", n, "' of '", c,
                             "' and the class attribute it shadows must have one C++ type">),
                       error::instance_and_class_attribute_types_differ<C, N>);
  };
};

// "'C' object has no attribute 'x'", assembled at compile time: raising it costs
// what a hand-written `throw attribute_error("...")` costs, and the functions that
// check an instance-dict entry stay small enough for clang to inline (a message
// built at run time made clang call generic_getattr out of line; bench/attributes).
template <class C, class N>
inline constexpr auto no_attribute_text = join<"'", fixed_name<C>, "' object has no attribute '", N::fixed, "'">;

}  // namespace detail
}  // namespace klass

#endif
