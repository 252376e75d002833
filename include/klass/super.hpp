// klass/super.hpp — super(B, obj): attribute lookup that continues after B in the MRO of obj's type.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_SUPER_HPP
#define KLASS_SUPER_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

#include <klass/attribute_errors.hpp>
#include <klass/binding.hpp>
#include <klass/class_attributes.hpp>
#include <klass/class_dict.hpp>
#include <klass/class_object.hpp>
#include <klass/descriptors.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/metaclass.hpp>
#include <klass/ref.hpp>
#include <klass/type_lookup.hpp>

namespace klass {

namespace error {
template <class Name> struct super_object_has_no_attribute;
template <class Name> struct super_object_has_no_attribute_for_setting;
template <class Type, class Object> struct super_obj_must_be_an_instance_or_subtype_of_type;
}  // namespace error

namespace detail {

// How super(B, obj) binds (CPython's supercheck): an instance of a subclass of B
// (methods bind obj), a class that is a subclass of B (descriptors get None and the
// class), or a class that is an instance of a metaclass deriving from B.
enum class super_mode { instance, subclass, metaclass_instance };

template <class B, class... Ts>
constexpr std::size_t index_in(type_list<Ts...>) {
  constexpr type_id ids[] = {id_of<Ts>..., nullptr};
  for (std::size_t i = 0; i != sizeof...(Ts); ++i)
    if (ids[i] == id_of<B>) return i;
  return npos;
}

// The first class after B in Start's MRO whose dict defines Name (its entry in
// the table of Start's namespace).
template <class Start, class B, class Name>
struct lookup_after {
  static constexpr std::size_t after = index_in<B>(typename mro_info<Start>::list{}) + 1;
  static constexpr name_location where =
      mro_namespaces<typename mro_info<Start>::list>::find(id_of<Name>, hash_of<Name>, after);
  static constexpr std::size_t position = where.class_position;
};

template <class Start, class B, class Name, std::size_t Position = lookup_after<Start, B, Name>::position>
struct found_after {
  static constexpr bool found = true;
  static constexpr std::size_t search_from = lookup_after<Start, B, Name>::after;  // the MRO after B...
  static constexpr std::size_t position = Position;                              // ...to the owner
  using owner = at<Position, typename mro_info<Start>::list>;
  using value_type = at<lookup_after<Start, B, Name>::where.class_index, typename dict_type<owner>::values>;
  static constexpr attribute_kind kind = lookup_after<Start, B, Name>::where.kind;
};
template <class Start, class B, class Name>
struct found_after<Start, B, Name, npos> {
  static constexpr bool found = false;
};

template <class Name>
struct super_errors {
  struct no_attribute {
    KLASS_DETAIL_ERROR(no_attribute, AttributeError, "'super' object has no attribute '<name>'",
                       (join<"'super' object has no attribute '", Name::fixed, "'">),
                       error::super_object_has_no_attribute<Name>);
  };
  struct no_attribute_for_setting {
    KLASS_DETAIL_ERROR(no_attribute_for_setting, AttributeError,
                       "'super' object has no attribute '<name>' and no __dict__ for setting new attributes",
                       (join<"'super' object has no attribute '", Name::fixed,
                             "' and no __dict__ for setting new attributes">),
                       error::super_object_has_no_attribute_for_setting<Name>);
  };
};
template <class B, class Object>
struct super_check_errors {
  struct not_an_instance_or_subtype {
    KLASS_DETAIL_ERROR(not_an_instance_or_subtype, TypeError, "super(type, obj): obj must be an instance or subtype of type",
                       (join<"super(type, obj): obj (", fixed_name<Object>, ") must be an instance or subtype of type (",
                             fixed_name<B>, ")">),
                       error::super_obj_must_be_an_instance_or_subtype_of_type<B, Object>);
  };
};

}  // namespace detail

// The object super(B, obj) returns: attribute reads continue after B in the MRO of
// obj's type; nothing can be set or deleted through it.
template <class B, class Start, detail::super_mode Mode, class Object>
struct super_t {
  Object& object;
};

namespace detail {
template <class B, class Start, super_mode Mode, class Object>
struct is_klass_object<super_t<B, Start, Mode, Object>> : std::true_type {};
}  // namespace detail

// super(B, self) inside a method of B: self is an instance of a subclass of B.
template <class B, class C>
constexpr auto super(instance<C>& self) {
  if constexpr (!detail::is_subclass<C, B>) KLASS_DETAIL_REPORT(typename detail::super_check_errors<B, C>::not_an_instance_or_subtype);
  return super_t<B, C, detail::super_mode::instance, instance<C>>{self};
}
template <class B, class C>
constexpr auto super(const ref<C>& self) {
  return klass::super<B>(*self);
}
// super(B, cls): in a classmethod or __new__ (cls a subclass of B), or in a
// metaclass method (cls an instance of a metaclass deriving from B).
template <class B, class C>
constexpr auto super(const class_object<C>& cls) {
  if constexpr (detail::is_subclass<C, B>) {  // supercheck uses PyType_IsSubtype
    return super_t<B, C, detail::super_mode::subclass, const class_object<C>>{cls};
  } else if constexpr (detail::is_subclass<detail::metaclass_of<C>, B>) {
    return super_t<B, detail::metaclass_of<C>, detail::super_mode::metaclass_instance, const class_object<C>>{cls};
  } else {
    KLASS_DETAIL_REPORT(typename detail::super_check_errors<B, C>::not_an_instance_or_subtype);
    return super_t<B, C, detail::super_mode::subclass, const class_object<C>>{cls};
  }
}

namespace detail {
// getattr(super(B, obj), "x"_a): CPython's super_getattro. The value found is
// bound with __get__(obj, starttype), or __get__(None, starttype) when obj is the
// start type itself.
template <class N, class B, class Start, super_mode Mode, class Object>
constexpr decltype(auto) super_getattr(const super_t<B, Start, Mode, Object>& proxy) {
  using L = found_after<Start, B, N>;
  if constexpr (!L::found) {
    return refusal<typename super_errors<N>::no_attribute>{};
  } else if constexpr (Mode == super_mode::subclass) {
    // obj is the start type: bound as read on the class (__get__(None, starttype)).
    return descr_get<N, L>(none, class_object<Start>{});
  } else {
    // obj is an instance of Start (an ordinary instance, or a class whose metaclass
    // is Start): bound to it, by the same rule as getattr (<klass/binding.hpp>).
    return descr_get<N, L>(proxy.object, class_object<Start>{});
  }
}
template <class N, class Super>
using super_get_t = decltype(super_getattr<N>(std::declval<const Super&>()));
}  // namespace detail

template <class B, class Start, detail::super_mode Mode, class Object, char... Cs>
  requires(!detail::refused<detail::super_get_t<attr<Cs...>, super_t<B, Start, Mode, Object>>>)
constexpr decltype(auto) getattr(const super_t<B, Start, Mode, Object>& proxy, attr<Cs...>) {
  return detail::super_getattr<attr<Cs...>>(proxy);
}
template <class B, class Start, detail::super_mode Mode, class Object, char... Cs>
  requires(detail::refused<detail::super_get_t<attr<Cs...>, super_t<B, Start, Mode, Object>>>)
KLASS_DETAIL_REFUSED(detail::super_get_t<attr<Cs...>, super_t<B, Start, Mode, Object>>)
getattr(const super_t<B, Start, Mode, Object>&, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::super_get_t<attr<Cs...>, super_t<B, Start, Mode, Object>>);
}

// Assigning or deleting through super is refused, as in Python.
template <class B, class Start, detail::super_mode Mode, class Object, char... Cs, class Value>
void setattr(const super_t<B, Start, Mode, Object>&, attr<Cs...>, Value&&) {
  KLASS_DETAIL_REPORT(typename detail::super_errors<attr<Cs...>>::no_attribute_for_setting);
}
template <class B, class Start, detail::super_mode Mode, class Object, char... Cs>
void delattr(const super_t<B, Start, Mode, Object>&, attr<Cs...>) {
  KLASS_DETAIL_REPORT(typename detail::super_errors<attr<Cs...>>::no_attribute);
}

}  // namespace klass

#endif
