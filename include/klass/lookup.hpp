// klass/lookup.hpp — getattr, setattr, delattr, hasattr on instances and class objects, as CPython does them.
#ifndef KLASS_LOOKUP_HPP
#define KLASS_LOOKUP_HPP

#include <optional>
#include <type_traits>
#include <utility>

#include <klass/descriptors.hpp>
#include <klass/detail/attribute_errors.hpp>
#include <klass/detail/type_lookup.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/metaclass.hpp>
#include <klass/names.hpp>

namespace klass {

namespace detail {

namespace special {
using getattribute = attr_c<"__getattribute__">;
using getattr = attr_c<"__getattr__">;
using setattr = attr_c<"__setattr__">;
using delattr = attr_c<"__delattr__">;
}  // namespace special

template <class L>
constexpr bool is_data_kind() {
  if constexpr (L::found)
    return L::kind == attribute_kind::member || L::kind == attribute_kind::property ||
           L::kind == attribute_kind::data_descriptor;
  else
    return false;
}

template <class L, class N>
using storage_of = class_storage<typename L::owner, N>;

// A function reached through its class (C.f): calling it without `self` is
// Python's "C.f() missing 1 required positional argument: 'self'".
template <class Owner, class Name, class Function>
struct unbound_function {
  const Function& function;
  template <class... Args>
  constexpr decltype(auto) operator()(Args&&... args) const {
    if constexpr (std::is_invocable_v<const Function&, Args...>) {
      return function(std::forward<Args>(args)...);
    } else {
      static_assert(sizeof...(Args) == 0, "klass: TypeError: the function was called with the wrong arguments");
      static_cast<void>(&attribute_errors<Owner, Name>::missing_self_argument);
      return refused{};
    }
  }
};

// ---- instances: PyObject_GenericGetAttr -------------------------------------

// What the class offers when the instance dict has nothing: a non-data
// descriptor's __get__(obj, type(obj)), or the plain class attribute.
template <class C, class N, class L, class Self>
constexpr decltype(auto) class_level_get(Self& self) {
  auto& stored = storage_of<L, N>::value;
  if constexpr (L::kind == attribute_kind::value)
    return (stored);
  else if constexpr (L::kind == attribute_kind::function)
    return bound_method<typename L::value_type, Self&>{stored, self};
  else
    return stored.get(self, cls<C>);
}

template <class C, class N, class L, class Self>
constexpr decltype(auto) data_descriptor_get(Self& self) {
  auto& stored = storage_of<L, N>::value;
  if constexpr (L::kind == attribute_kind::member) {
    auto& value = slot_of<N>(self.dict);
    if (!value) throw attribute_error(no_attribute_message(klass::name<C>, N::name));
    return (*value);
  } else if constexpr (L::kind == attribute_kind::property) {
    if constexpr (std::remove_cvref_t<decltype(stored)>::has_getter) {
      return stored.fget(self);
    } else {
      static_cast<void>(&attribute_errors<C, N>::property_has_no_getter);
      return refused{};
    }
  } else if constexpr (has_descriptor_get<typename L::value_type>) {
    return stored.get(self, cls<C>);
  } else {
    return (stored);  // a data descriptor without __get__ is returned itself
  }
}

template <class C, class N, class Self>
constexpr decltype(auto) generic_getattr(Self& self) {
  using L = type_lookup<C, N>;
  using fallback_hook = type_lookup<C, special::getattr>;
  if constexpr (is_data_kind<L>()) {
    return data_descriptor_get<C, N, L>(self);
  } else if constexpr (has_slot<C, N>()) {
    auto& entry = slot_of<N>(self.dict);
    using T = typename std::remove_reference_t<decltype(entry)>::value_type;
    if constexpr (L::found) {
      // One C++ type for both answers: a reference when the class gives the object
      // itself (a plain class attribute), else a value (what a descriptor returns).
      using from_class = decltype(class_level_get<C, N, L>(self));
      using result = std::conditional_t<std::is_same_v<from_class, T&>, T&, T>;
      if constexpr (!std::is_convertible_v<from_class, result>) {
        static_cast<void>(&attribute_errors<C, N>::instance_and_class_attribute_types_differ);
        return refused{};
      } else if (entry) {
        return static_cast<result>(*entry);  // the instance dict wins over non-data descriptors
      } else {
        return static_cast<result>(class_level_get<C, N, L>(self));
      }
    } else {
      if constexpr (fallback_hook::found) {
        // Unset, __getattr__ answers: a value either way.
        if (!entry) return T(class_level_get<C, special::getattr, fallback_hook>(self)(N{}));
        return T(*entry);
      } else {
        if (!entry) throw attribute_error(no_attribute_message(klass::name<C>, N::name));
        return (*entry);
      }
    }
  } else if constexpr (L::found) {
    return class_level_get<C, N, L>(self);
  } else if constexpr (fallback_hook::found) {
    return class_level_get<C, special::getattr, fallback_hook>(self)(N{});  // __getattr__, the last resort
  } else {
    static_cast<void>(&attribute_errors<C, N>::object_has_no_attribute);
    return refused{};
  }
}

// ---- class objects: type_getattro ------------------------------------------

template <class C, class N, class L>
constexpr decltype(auto) class_attribute_get() {
  auto& stored = storage_of<L, N>::value;
  if constexpr (L::kind == attribute_kind::function)
    return unbound_function<typename L::owner, N, typename L::value_type>{stored};
  else if constexpr (L::kind == attribute_kind::staticmethod || L::kind == attribute_kind::classmethod)
    return stored.get(none, cls<C>);
  else if constexpr ((L::kind == attribute_kind::data_descriptor ||
                      L::kind == attribute_kind::non_data_descriptor) &&
                     has_descriptor_get<typename L::value_type>)
    return stored.get(none, cls<C>);
  else
    return (stored);  // values, and property/member descriptors themselves
}

template <class C, class N>
constexpr decltype(auto) type_getattr() {
  using M = metaclass_of<C>;
  using ML = type_lookup<M, N>;
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<ML>()) {
    auto& stored = storage_of<ML, N>::value;
    if constexpr (ML::kind == attribute_kind::property)
      return stored.fget(cls<C>);
    else
      return stored.get(cls<C>, cls<M>);
  } else if constexpr (L::found) {
    return class_attribute_get<C, N, L>();
  } else if constexpr (ML::found) {
    auto& stored = storage_of<ML, N>::value;
    if constexpr (ML::kind == attribute_kind::function)
      return bound_method<typename ML::value_type, class_object<C>>{stored, cls<C>};
    else if constexpr (ML::kind == attribute_kind::value)
      return (stored);
    else
      return stored.get(cls<C>, cls<M>);
  } else {
    static_cast<void>(&attribute_errors<C, N>::type_object_has_no_attribute);
    return refused{};
  }
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
        static_cast<void>(&attribute_errors<C, N>::property_has_no_setter);
    } else if constexpr (has_descriptor_set<typename L::value_type>) {
      stored.set(self, std::forward<Value>(value));
    } else {
      static_cast<void>(&attribute_errors<C, N>::descriptor_has_no_set);
    }
  } else if constexpr (has_slot<C, N>()) {
    slot_of<N>(self.dict) = std::forward<Value>(value);
  } else if constexpr (L::found) {
    static_cast<void>(&attribute_errors<C, N>::object_attribute_is_read_only);
  } else {
    static_cast<void>(&attribute_errors<C, N>::no_dict_for_setting_new_attributes);
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
        static_cast<void>(&attribute_errors<C, N>::property_has_no_deleter);
    } else if constexpr (has_descriptor_del<typename L::value_type>) {
      stored.del(self);
    } else {
      static_cast<void>(&attribute_errors<C, N>::descriptor_has_no_delete);
    }
  } else if constexpr (has_slot<C, N>()) {
    auto& entry = slot_of<N>(self.dict);
    if (!entry) {
      // A __slots__ member says only the name; an instance-dict entry says more.
      if constexpr (L::found && L::kind == attribute_kind::member)
        throw attribute_error(std::string(N::name));
      else
        throw attribute_error(no_attribute_message(klass::name<C>, N::name));
    }
    entry.reset();
  } else if constexpr (L::found) {
    static_cast<void>(&attribute_errors<C, N>::object_attribute_is_read_only);
  } else {
    static_cast<void>(&attribute_errors<C, N>::object_has_no_attribute);
  }
}

template <class C, class N, class Value>
void type_setattr(Value&& value) {
  using M = metaclass_of<C>;
  using ML = type_lookup<M, N>;
  if constexpr (is_data_kind<ML>()) {
    // A data descriptor of the metaclass wins (e.g. a metaclass property).
    if constexpr (ML::kind == attribute_kind::property)
      storage_of<ML, N>::value.fset(cls<C>, std::forward<Value>(value));
    else if constexpr (has_descriptor_set<typename ML::value_type>)
      storage_of<ML, N>::value.set(cls<C>, std::forward<Value>(value));
    else
      static_cast<void>(&attribute_errors<C, N>::descriptor_has_no_set);
  } else if constexpr (defines_class_attribute<C, N>()) {
    // C.x = v rebinds C.__dict__['x']: every instance and subclass that does not
    // shadow x sees the new value.
    using stored = typename own_entry<C, N>::value_type;
    if constexpr (std::is_assignable_v<stored&, Value&&>)
      class_storage<C, N>::value = std::forward<Value>(value);
    else
      static_cast<void>(&attribute_errors<C, N>::class_attribute_keeps_its_type);
  } else {
    static_cast<void>(&attribute_errors<C, N>::cannot_add_class_attribute_at_run_time);
  }
}

template <class C, class N, class Self>
constexpr bool generic_hasattr(Self& self) {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>() && L::kind == attribute_kind::member)
    return slot_of<N>(self.dict).has_value();
  else if constexpr (is_data_kind<L>() || (L::found && !has_slot<C, N>()))
    return true;
  else if constexpr (has_slot<C, N>())
    return L::found || type_lookup<C, special::getattr>::found || slot_of<N>(self.dict).has_value();
  else
    return type_lookup<C, special::getattr>::found;
}

}  // namespace detail

// getattr(o, "x"_a): o.x. Special methods __getattribute__ and __getattr__ are
// looked up on the type, never on the instance.
template <class C, char... Cs>
constexpr decltype(auto) getattr(instance<C>& self, attr<Cs...> name) {
  using hook = detail::type_lookup<C, detail::special::getattribute>;
  if constexpr (hook::found)
    return detail::class_level_get<C, detail::special::getattribute, hook>(self)(name);
  else
    return detail::generic_getattr<C, attr<Cs...>>(self);
}
template <class C, char... Cs>
constexpr decltype(auto) getattr(const ref<C>& self, attr<Cs...> name) {
  return klass::getattr(*self, name);
}
template <class C, char... Cs>
constexpr decltype(auto) getattr(class_object<C>, attr<Cs...>) {
  return detail::type_getattr<C, attr<Cs...>>();
}

// setattr(o, "x"_a, v): o.x = v.
template <class C, char... Cs, class Value>
void setattr(instance<C>& self, attr<Cs...> name, Value&& value) {
  using hook = detail::type_lookup<C, detail::special::setattr>;
  if constexpr (hook::found)
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
  if constexpr (hook::found)
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
  static_cast<void>(&detail::attribute_errors<C, attr<Cs...>>::cannot_delete_class_attribute_at_run_time);
}

// hasattr(o, "x"_a): whether o.x would give a value. Decided at compile time
// except where only an instance-dict entry can answer.
template <class C, char... Cs>
constexpr bool hasattr(instance<C>& self, attr<Cs...>) {
  return detail::generic_hasattr<C, attr<Cs...>>(self);
}
template <class C, char... Cs>
constexpr bool hasattr(const ref<C>& self, attr<Cs...> name) {
  return klass::hasattr(*self, name);
}
template <class C, char... Cs>
constexpr bool hasattr(class_object<C>, attr<Cs...>) {
  return detail::type_lookup<C, attr<Cs...>>::found || detail::type_lookup<detail::metaclass_of<C>, attr<Cs...>>::found;
}

}  // namespace klass

#endif
