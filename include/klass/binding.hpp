// klass/binding.hpp — the one binding rule: what an attribute found on a type gives for an instance, for the class, and through super.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_BINDING_HPP
#define KLASS_BINDING_HPP

#include <type_traits>
#include <utility>

#include <klass/attribute_errors.hpp>
#include <klass/call_errors.hpp>
#include <klass/class_attributes.hpp>
#include <klass/class_object.hpp>
#include <klass/constants.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/error_handler.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/type_lookup.hpp>

namespace klass::detail {

// What a lookup found (type_lookup<C, N> for C's MRO, found_after<...> for super's
// rest of an MRO): the class whose dict holds the value (`owner`), the value's C++
// type (`value_type`) and its kind. descr_get reads the value from its storage.
template <class L, class N>
using storage_of = class_storage<typename L::owner, N>;

// A function reached through its class (C.f): calling it without `self` is
// Python's "C.f() missing 1 required positional argument: 'self'"; with
// arguments it cannot take, "C.f() takes 1 positional argument but 2 were given".
template <class Owner, class Name, class Function>
struct unbound_function {
  const Function& function;

  template <class... Args>
  static constexpr bool accepts = std::is_invocable_v<const Function&, Args...>;
  template <class... Args>
  using refusal_of =
      std::conditional_t<sizeof...(Args) == 0, refusal<typename attribute_errors<Owner, Name>::missing_self_argument>,
                         typename call_refusal_if<!accepts<Args...>, Owner, Name, Function, Args...>::type>;

  template <class... Args>
    requires accepts<Args...>
  // Its return type is named without the body (see call_result): a method may
  // reach itself again through its class.
  constexpr typename call_result_if<accepts<Args...>, const Function&, Args&&...>::type operator()(Args&&... args) const {
    return function(std::forward<Args>(args)...);
  }
  template <class... Args>
    requires(!accepts<Args...>)
  KLASS_DETAIL_REFUSED(refusal_of<Args...>) operator()(Args&&...) const {
    KLASS_DETAIL_REFUSE(refusal_of<Args...>);
  }
};

// How a bound method holds what it is bound to: an instance by reference (its
// identity), a class object by value (a constant, as Python's class is one object).
template <class Object>
struct bound_self {
  using type = Object&;
};
template <class C>
struct bound_self<class_object<C>> {
  using type = class_object<C>;
};
template <class C>
struct bound_self<const class_object<C>> {
  using type = class_object<C>;
};

// THE binding rule: type(v).__get__(v, obj, type) for the value v found for the
// name N (L: the lookup's answer), per kind as CPython's tp_descr_get does it —
// func_descr_get, sm_descr_get, cm_descr_get, property_descr_get, member_get, or
// a user's __get__ (klass: `get`). `obj` is klass::none when the attribute is
// read on the class itself (type_getattro; super(B, C) from C), otherwise what it
// is read on: an instance (PyObject_GenericGetAttr, super(B, obj), a special
// method) or a class read through its metaclass. `type` is the class object of
// the type whose MRO was searched. Every protocol binds with it: getattr on
// instances and classes (<klass/lookup.hpp>), super (<klass/super.hpp>), the
// creation protocol's special methods (<klass/create.hpp>).
template <class N, class L, class Object, class Type>
constexpr decltype(auto) descr_get(Object&& obj, Type type) {
  using O = std::remove_cvref_t<Object>;
  using V = typename L::value_type;
  using T = typename Type::type;  // the class named by messages: type(obj), or the class
  constexpr bool on_class = std::is_same_v<O, none_t>;
  auto& stored = storage_of<L, N>::value;
  if constexpr (L::kind == attribute_kind::value) {
    static_cast<void>(stored);
    return class_value<T, N, L>();  // a plain class attribute is no descriptor: itself
  } else if constexpr (L::kind == attribute_kind::function) {
    // func_descr_get: the function itself from the class (wrapped to name a missing
    // self), a method bound to obj otherwise.
    if constexpr (on_class)
      return unbound_function<typename L::owner, N, V>{stored};
    else
      return bound_method<V, typename bound_self<std::remove_reference_t<Object>>::type, typename L::owner, N>{stored,
                                                                                                               obj};
  } else if constexpr (L::kind == attribute_kind::property) {
    // property_descr_get: the property itself from the class, fget(obj) otherwise.
    if constexpr (on_class) {
      return (stored);
    } else if constexpr (std::remove_cvref_t<decltype(stored)>::has_getter) {
      return stored.fget(obj);
    } else {
      return refusal<typename attribute_errors<T, N>::property_has_no_getter>{};
    }
  } else if constexpr (L::kind == attribute_kind::member) {
    // member_get: the slot's value, unset is AttributeError; from the class (or a
    // class read through its metaclass: klass classes have no slots), the member itself.
    if constexpr (on_class || is_class_object_type<O>::value) {
      return (stored);
    } else {
      auto& value = slot_of<N>(obj.dict);
      if (!value) raise_error<attribute_error>(no_attribute_text<T, N>.text);
      return (*value);
    }
  } else if constexpr (L::kind == attribute_kind::classmethod) {
    // cm_descr_get: the function bound to `type`, keeping its qualname (for the
    // error of a call with arguments it cannot take).
    return bound_method<decltype(stored.function), Type, typename L::owner, N>{stored.function, type};
  } else if constexpr (has_descriptor_get<V>) {
    return stored.get(obj, type);  // staticmethod, a user's descriptor
  } else {
    return (stored);  // a descriptor without __get__ is returned itself
  }
}

}  // namespace klass::detail

#endif
