// klass/lookup.hpp — getattr, setattr, delattr, hasattr on instances and class objects, as CPython does them.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_LOOKUP_HPP
#define KLASS_LOOKUP_HPP

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/attribute_errors.hpp>
#include <klass/binding.hpp>
#include <klass/class_attributes.hpp>
#include <klass/class_object.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/error_handler.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/metaclass.hpp>
#include <klass/names.hpp>
#include <klass/ref.hpp>
#include <klass/special_names.hpp>
#include <klass/type_lookup.hpp>

namespace klass {

namespace detail {

template <class L>
constexpr bool is_data_kind() {
  if constexpr (L::found)
    return L::kind == attribute_kind::member || L::kind == attribute_kind::property ||
           L::kind == attribute_kind::data_descriptor;
  else
    return false;
}

// ---- instances: PyObject_GenericGetAttr -------------------------------------

// What the class offers for an instance of C: the value found, bound to self by
// the one binding rule (<klass/binding.hpp>) — a data descriptor's __get__
// before the instance dict, a non-data descriptor's or a plain class attribute after.
template <class C, class N, class L, class Self>
constexpr decltype(auto) class_level_get(Self& self) {
  return descr_get<N, L>(self, class_object<C>{});
}

// PyObject_GenericGetAttr, without the __getattr__ fallback (added by getattr).
template <class C, class N, class Self>
constexpr decltype(auto) generic_getattr(Self& self) {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>()) {
    return class_level_get<C, N, L>(self);
  } else if constexpr (has_slot<C, N>()) {
    auto& entry = slot_of<N>(self.dict);
    using T = typename std::remove_reference_t<decltype(entry)>::value_type;
    if constexpr (L::found) {
      // One C++ type for both answers: a reference when the class gives the object
      // itself (a plain class attribute), else a value (what a descriptor returns).
      using from_class = decltype(class_level_get<C, N, L>(self));
      using result = std::conditional_t<std::is_same_v<from_class, T&>, T&, T>;
      if constexpr (!std::is_convertible_v<from_class, result>) {
        return refusal<typename attribute_errors<C, N>::instance_and_class_attribute_types_differ>{};
      } else if (entry) {
        return static_cast<result>(*entry);  // the instance dict wins over non-data descriptors
      } else {
        return static_cast<result>(class_level_get<C, N, L>(self));
      }
    } else {
      if (!entry) raise_error<attribute_error>(no_attribute_text<C, N>.text);
      return (*entry);
    }
  } else if constexpr (L::found) {
    return class_level_get<C, N, L>(self);
  } else {
    return refusal<typename attribute_errors<C, N>::object_has_no_attribute>{};
  }
}

// Whether an attribute read can be answered without running anything: a plain
// value, a function, a static or class method found on the class.
template <class L>
constexpr bool certainly_found() {
  if constexpr (L::found)
    return L::kind == attribute_kind::value || L::kind == attribute_kind::function ||
           L::kind == attribute_kind::staticmethod || L::kind == attribute_kind::classmethod;
  else
    return false;
}

// A special method a class (not object) defines; looked up on the type.
template <class C, class N>
constexpr bool user_hook() {
  using L = type_lookup<C, N>;
  if constexpr (L::found)
    return !std::is_same_v<typename L::owner, object>;
  else
    return false;
}
// Whether the generic protocol can find anything for N at all.
template <class C, class N>
inline constexpr bool may_find = type_lookup<C, N>::found || has_slot<C, N>();

// slot_tp_getattr_hook: __getattribute__ (object's is the generic protocol), and
// on AttributeError, __getattr__ if the class defines one.
template <class C, class N, class Self>
constexpr decltype(auto) getattribute_step(Self& self) {
  if constexpr (user_hook<C, special::getattribute>())
    return class_level_get<C, special::getattribute, type_lookup<C, special::getattribute>>(self)(N{});
  else
    return generic_getattr<C, N>(self);
}
template <class C, class N, class Self>
constexpr decltype(auto) getattr_step(Self& self) {
  return class_level_get<C, special::getattr, type_lookup<C, special::getattr>>(self)(N{});
}

template <class C, class N, class Self>
constexpr decltype(auto) instance_getattr(Self& self) {
  constexpr bool custom_getattribute = user_hook<C, special::getattribute>();
  if constexpr (!user_hook<C, special::getattr>() ||
                (!custom_getattribute && certainly_found<type_lookup<C, N>>())) {
    return getattribute_step<C, N>(self);  // no __getattr__, or nothing that can raise
  } else if constexpr (!custom_getattribute && !may_find<C, N>) {
    return getattr_step<C, N>(self);  // nothing else could answer
  } else {
    using primary = std::decay_t<decltype(getattribute_step<C, N>(self))>;
    using fallback = std::decay_t<decltype(getattr_step<C, N>(self))>;
    if constexpr (std::is_same_v<primary, refusal<typename attribute_errors<C, N>::property_has_no_getter>>) {
      return getattr_step<C, N>(self);  // a property without getter always raises AttributeError
    } else if constexpr (refused<primary>) {
      return primary{};
    } else if constexpr (!requires { typename std::common_type<primary, fallback>::type; }) {
      return refusal<typename attribute_errors<C, N>::getattr_gives_another_type>{};
    } else {
      using result = std::common_type_t<primary, fallback>;
      return catching<error::needs_exceptions<C, N>, attribute_error>(
          [&] { return result(getattribute_step<C, N>(self)); }, [&] { return result(getattr_step<C, N>(self)); });
    }
  }
}

// ---- class objects: type_getattro ------------------------------------------

// A name found in C's own MRO, read on the class: __get__(None, C) by the one
// binding rule (<klass/binding.hpp>).
template <class C, class N, class L>
constexpr decltype(auto) class_attribute_get() {
  return descr_get<N, L>(none, class_object<C>{});
}

template <class ML>
constexpr bool metaclass_data_get() {
  if constexpr (is_data_kind<ML>())
    return ML::kind == attribute_kind::property || has_descriptor_get<typename ML::value_type>;
  else
    return false;
}

template <class C, class N>
constexpr decltype(auto) type_getattr_of_created() {
  using M = metaclass_of<C>;
  using ML = type_lookup<M, N>;
  using L = type_lookup<C, N>;
  if constexpr (metaclass_data_get<ML>()) {
    // A metaclass data descriptor with __get__ wins over the class's own dict.
    return descr_get<N, ML>(class_object_v<C>, class_object<M>{});
  } else if constexpr (L::found) {
    return class_attribute_get<C, N, L>();
  } else if constexpr (ML::found) {
    // An attribute of the metaclass, bound to the class as to any instance of it.
    return descr_get<N, ML>(class_object_v<C>, class_object<M>{});
  } else {
    return refusal<typename attribute_errors<C, N>::type_object_has_no_attribute>{};
  }
}

template <class C, class N>
constexpr decltype(auto) type_getattr() {
  if constexpr (!mro_exists<C>)
    return mro_refusal<C>{};  // the class itself cannot be created
  else
    return type_getattr_of_created<C, N>();
}

// ---- setting and deleting: PyObject_GenericSetAttr, type_setattro -------------

template <class C, class N, class Self, class Value>
void generic_setattr(Self& self, Value&& value) {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>() && L::kind != attribute_kind::member) {
    auto& stored = storage_of<L, N>::value;
    if constexpr (L::kind == attribute_kind::property) {
      if constexpr (std::remove_cvref_t<decltype(stored)>::has_setter)
        stored.fset(self, std::forward<Value>(value));
      else
        KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::property_has_no_setter);
    } else if constexpr (has_descriptor_set<typename L::value_type>) {
      stored.set(self, std::forward<Value>(value));
    } else {
      KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::descriptor_has_no_set);
    }
  } else if constexpr (has_slot<C, N>()) {
    slot_of<N>(self.dict) = std::forward<Value>(value);
  } else if constexpr (L::found) {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::object_attribute_is_read_only);
  } else {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::no_dict_for_setting_new_attributes);
  }
}

template <class C, class N, class Self>
void generic_delattr(Self& self) {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>() && L::kind != attribute_kind::member) {
    auto& stored = storage_of<L, N>::value;
    if constexpr (L::kind == attribute_kind::property) {
      if constexpr (std::remove_cvref_t<decltype(stored)>::has_deleter)
        stored.fdel(self);
      else
        KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::property_has_no_deleter);
    } else if constexpr (has_descriptor_del<typename L::value_type>) {
      stored.del(self);
    } else {
      KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::descriptor_has_no_delete);
    }
  } else if constexpr (has_slot<C, N>()) {
    auto& entry = slot_of<N>(self.dict);
    if (!entry) {
      // A __slots__ member says only the name; an instance-dict entry says more.
      if constexpr (L::found && L::kind == attribute_kind::member)
        raise_error<attribute_error>(N::text);
      else
        raise_error<attribute_error>(no_attribute_text<C, N>.text);
    }
    entry.reset();
  } else if constexpr (L::found) {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::object_attribute_is_read_only);
  } else {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::object_has_no_attribute);
  }
}

template <class C, class N, class Value>
void type_setattr(Value&& value) {
  using M = metaclass_of<C>;
  using ML = type_lookup<M, N>;
  if constexpr (is_data_kind<ML>()) {
    // A data descriptor of the metaclass wins (e.g. a metaclass property).
    if constexpr (ML::kind == attribute_kind::property)
      storage_of<ML, N>::value.fset(class_object_v<C>, std::forward<Value>(value));
    else if constexpr (has_descriptor_set<typename ML::value_type>)
      storage_of<ML, N>::value.set(class_object_v<C>, std::forward<Value>(value));
    else
      KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::descriptor_has_no_set);
  } else if constexpr (defines_class_attribute<C, N>()) {
    // C.x = v rebinds C.__dict__['x']: every instance and subclass that does not
    // shadow x sees the new value.
    using stored = typename own_entry<C, N>::value_type;
    if constexpr (std::is_assignable_v<stored&, Value&&>)
      class_storage<C, N>::value = std::forward<Value>(value);
    else
      KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::class_attribute_keeps_its_type);
  } else if constexpr (type_lookup<C, N>::found && type_lookup<C, N>::kind == attribute_kind::value) {
    // C.x = v for an x that C inherits: it binds in C's own dict (CPython's
    // type_setattro), seen by C and its subclasses, not by the class it came from.
    using L = type_lookup<C, N>;
    using stored = typename L::value_type;
    if constexpr (std::is_assignable_v<stored&, Value&&>)
      rebound_class_attribute<C, N, stored> = std::forward<Value>(value);
    else
      KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::class_attribute_keeps_its_type);
  } else {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::cannot_add_class_attribute_at_run_time);
  }
}

// del C.x for an x that C inherits: removes what an assignment through C bound
// (CPython's type_setattro with NULL); nothing bound is an AttributeError.
template <class C, class N>
void type_delattr() {
  using L = type_lookup<C, N>;
  if constexpr (L::found && L::kind == attribute_kind::value && !std::is_same_v<typename L::owner, C> &&
                !is_data_kind<type_lookup<metaclass_of<C>, N>>()) {
    auto& bound = rebound_class_attribute<C, N, typename L::value_type>;
    if (!bound)
      raise_error<attribute_error>(join<"type object '", fixed_name<C>, "' has no attribute '", N::fixed, "'">.text);
    bound.reset();
  } else {
    KLASS_DETAIL_REPORT(typename attribute_errors<C, N>::cannot_delete_class_attribute_at_run_time);
  }
}

// hasattr: getattr succeeds. Decided at compile time when nothing can be found, or
// when what is found cannot fail; otherwise getattr is called (running what it
// runs) and an AttributeError means false, as in Python.
template <class C, class N, class Self>
constexpr bool instance_hasattr(Self& self) {
  constexpr bool hooks = user_hook<C, special::getattribute>() || user_hook<C, special::getattr>();
  using L = type_lookup<C, N>;
  if constexpr (!hooks && !may_find<C, N>) {
    return false;
  } else if constexpr (!hooks && certainly_found<L>() && !(has_slot<C, N>() && field_lookup<C, N>::found)) {
    return true;
  } else {
    return catching<error::needs_exceptions<C, N>, attribute_error>(
        [&] { return static_cast<void>(instance_getattr<C, N>(self)), true; }, [] { return false; });
  }
}

// Class objects: object's hooks (__getattribute__ ...) are for its instances, not
// for classes, so they do not count here.
template <class C, class N>
constexpr bool type_hasattr() {
  using L = type_lookup<C, N>;
  using ML = type_lookup<metaclass_of<C>, N>;
  if constexpr (!L::found && !ML::found) {
    return false;
  } else if constexpr ((L::found && (certainly_found<L>() || L::kind == attribute_kind::property ||
                                     L::kind == attribute_kind::member)) &&
                       !is_data_kind<ML>()) {
    return true;
  } else if constexpr (!L::found && certainly_found<ML>()) {
    return true;
  } else {
    return catching<error::needs_exceptions<C, N>, attribute_error>(
        [] { return static_cast<void>(type_getattr<C, N>()), true; }, [] { return false; });
  }
}

// object.__getattribute__, __setattr__, __delattr__ on instances: the generic
// protocol (the customization point builtin_impl, <klass/class.hpp>).
template <class C>
struct builtin_impl<object, special::getattribute, instance<C>> {
  template <class N>
  static decltype(auto) apply(instance<C>& self, N) {
    return generic_getattr<C, N>(self);
  }
};
template <class C>
struct builtin_impl<object, special::setattr, instance<C>> {
  template <class N, class Value>
  static void apply(instance<C>& self, N, Value&& value) {
    generic_setattr<C, N>(self, std::forward<Value>(value));
  }
};
template <class C>
struct builtin_impl<object, special::delattr, instance<C>> {
  template <class N>
  static void apply(instance<C>& self, N) {
    generic_delattr<C, N>(self);
  }
};

}  // namespace detail

namespace detail {
template <class C, class N>
using instance_get_t = decltype(instance_getattr<C, N>(std::declval<instance<C>&>()));
template <class C, class N>
using type_get_t = decltype(type_getattr<C, N>());
}  // namespace detail

// getattr(o, "x"_a): o.x. The special methods __getattribute__ and __getattr__ are
// looked up on the type, never on the instance; __getattr__ answers when the rest
// raises AttributeError. What Python would raise at once is a compile error
// (<klass/detail/diagnostic.hpp>: the error is the one of the call itself, and the
// expression using its result adds none).
template <class C, char... Cs>
  requires(!detail::refused<detail::instance_get_t<C, attr<Cs...>>>)
constexpr decltype(auto) getattr(instance<C>& self, attr<Cs...>) {
  return detail::instance_getattr<C, attr<Cs...>>(self);
}
template <class C, char... Cs>
  requires(detail::refused<detail::instance_get_t<C, attr<Cs...>>>)
KLASS_DETAIL_REFUSED(detail::instance_get_t<C, attr<Cs...>>) getattr(instance<C>&, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::instance_get_t<C, attr<Cs...>>);
}
template <class C, char... Cs>
  requires(!detail::refused<detail::instance_get_t<C, attr<Cs...>>>)
constexpr decltype(auto) getattr(const ref<C>& self, attr<Cs...>) {
  return detail::instance_getattr<C, attr<Cs...>>(*self);
}
template <class C, char... Cs>
  requires(detail::refused<detail::instance_get_t<C, attr<Cs...>>>)
KLASS_DETAIL_REFUSED(detail::instance_get_t<C, attr<Cs...>>) getattr(const ref<C>&, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::instance_get_t<C, attr<Cs...>>);
}
template <class C, char... Cs>
  requires(!detail::refused<detail::type_get_t<C, attr<Cs...>>>)
constexpr decltype(auto) getattr(class_object<C>, attr<Cs...>) {
  return detail::type_getattr<C, attr<Cs...>>();
}
template <class C, char... Cs>
  requires(detail::refused<detail::type_get_t<C, attr<Cs...>>>)
KLASS_DETAIL_REFUSED(detail::type_get_t<C, attr<Cs...>>) getattr(class_object<C>, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::type_get_t<C, attr<Cs...>>);
}

namespace error {
template <class Type, class Name>
struct getattr_needs_a_klass_object;
}  // namespace error
namespace detail {
// The objects klass::getattr reads (<klass/super.hpp> adds super objects).
template <class T>
struct is_klass_object : std::false_type {};
template <class C>
struct is_klass_object<instance<C>> : std::true_type {};
template <class C>
struct is_klass_object<ref<C>> : std::true_type {};
template <class C>
struct is_klass_object<class_object<C>> : std::true_type {};

// getattr(5, "y"): "'int' object has no attribute 'y'", and the mistake: klass
// reads klass objects only.
template <class T, class N>
struct not_a_klass_object {
  static constexpr std::string_view parts[] = {
      "'", unqualified_type_name<T>, "' object has no attribute '", N::name,
      "' (klass::getattr reads klass objects: klass::ref<C>, klass::instance<C>, klass::cls<C>, klass::super<B>(o))"};
  static constexpr auto message = concatenate_all<total_size(parts)>(parts);
  struct not_one {
    KLASS_DETAIL_ERROR(not_one, AttributeError, "'<type>' object has no attribute '<name>' (klass::getattr reads klass objects)",
                       message, klass::error::getattr_needs_a_klass_object<T, N>);
  };
};
template <class T, class N>
using not_a_klass_object_refusal = refusal<typename not_a_klass_object<T, N>::not_one>;
}  // namespace detail

// getattr on anything else: the error says so.
template <class T, char... Cs>
  requires(!detail::is_klass_object<std::remove_cvref_t<T>>::value)
KLASS_DETAIL_REFUSED(detail::not_a_klass_object_refusal<std::remove_cvref_t<T>, attr<Cs...>>)
getattr(const T&, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::not_a_klass_object_refusal<std::remove_cvref_t<T>, attr<Cs...>>);
}

// setattr(o, "x"_a, v): o.x = v.
template <class C, char... Cs, class Value>
void setattr(instance<C>& self, attr<Cs...> name, Value&& value) {
  using hook = detail::type_lookup<C, detail::special::setattr>;
  if constexpr (detail::user_hook<C, detail::special::setattr>())
    detail::class_level_get<C, detail::special::setattr, hook>(self)(name, std::forward<Value>(value));
  else
    detail::generic_setattr<C, attr<Cs...>>(self, std::forward<Value>(value));
}
template <class C, char... Cs, class Value>
void setattr(const ref<C>& self, attr<Cs...> name, Value&& value) {
  klass::setattr(*self, name, std::forward<Value>(value));
}
template <class C, char... Cs, class Value>
void setattr(class_object<C>, attr<Cs...>, Value&& value) {
  detail::type_setattr<C, attr<Cs...>>(std::forward<Value>(value));
}

// delattr(o, "x"_a): del o.x.
template <class C, char... Cs>
void delattr(instance<C>& self, attr<Cs...> name) {
  using hook = detail::type_lookup<C, detail::special::delattr>;
  if constexpr (detail::user_hook<C, detail::special::delattr>())
    detail::class_level_get<C, detail::special::delattr, hook>(self)(name);
  else
    detail::generic_delattr<C, attr<Cs...>>(self);
}
template <class C, char... Cs>
void delattr(const ref<C>& self, attr<Cs...> name) {
  klass::delattr(*self, name);
}
template <class C, char... Cs>
void delattr(class_object<C>, attr<Cs...>) {
  detail::type_delattr<C, attr<Cs...>>();
}

// hasattr(o, "x"_a): whether getattr(o, "x"_a) succeeds.
template <class C, char... Cs>
constexpr bool hasattr(instance<C>& self, attr<Cs...>) {
  return detail::instance_hasattr<C, attr<Cs...>>(self);
}
template <class C, char... Cs>
constexpr bool hasattr(const ref<C>& self, attr<Cs...> name) {
  return klass::hasattr(*self, name);
}
template <class C, char... Cs>
constexpr bool hasattr(class_object<C>, attr<Cs...>) {
  return detail::type_hasattr<C, attr<Cs...>>();
}

}  // namespace klass

#endif
