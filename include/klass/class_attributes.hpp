// klass/class_attributes.hpp — class attributes as variables: C.__dict__['x'] initialized from the class body, rebound through the class.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_ATTRIBUTES_HPP
#define KLASS_CLASS_ATTRIBUTES_HPP

#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>

#include <klass/class_dict.hpp>
#include <klass/class_object.hpp>
#include <klass/type_lookup.hpp>

namespace klass::detail {

// __set_name__(owner, name), for any value that has it (Python calls it on every
// object of the namespace that defines it, descriptor or not).
template <class Owner, class Name, class Value>
concept has_set_name = requires(Value& value) { value.set_name(class_object_v<Owner>, Name{}); };

template <class Owner, class Name>
constexpr auto set_name_applied() {
  auto value = dict_of<Owner>()[Name{}];
  value.set_name(class_object_v<Owner>, Name{});
  return value;
}
// When __set_name__ can run at compile time, it does (nothing can observe when);
// otherwise the class statement runs it (klass::define, in dict order).
template <class Owner, class Name>
concept set_name_at_compile_time =
    has_set_name<Owner, Name, std::remove_cvref_t<decltype(dict_of<Owner>()[Name{}])>> &&
    requires { typename std::bool_constant<(static_cast<void>(set_name_applied<Owner, Name>()), true)>; };

// C.__dict__['x'] as a variable: initialized from the class body and rebound
// through the class object. Reading it is reading a global variable.
template <class Owner, class Name>
struct class_storage {
  using value_type = typename own_entry<Owner, Name>::value_type;
  static constexpr value_type initial() {
    if constexpr (set_name_at_compile_time<Owner, Name>)
      return set_name_applied<Owner, Name>();
    else
      return dict_of<Owner>()[Name{}];
  }
  static inline value_type value = initial();
};

// A class attribute assigned through a subclass (B.x = v, x found in A): CPython's
// type_setattro stores it in B's own dict, so B and B's subclasses see it and A
// does not. klass keeps it here, one per (class, name), for the plain class
// attributes a class inherits.
template <class K, class Name, class V>
inline std::optional<V> rebound_class_attribute;

// _PyType_Lookup for a plain class attribute found in L::owner: the first class
// of C's MRO searched before the owner that has it rebound wins, else the owner's
// value. L says where the search started (L::search_from: 0 for C's own lookup,
// after B for super(B, ...)) and where the owner is (L::position). The classes
// before the owner are checked only when C inherits the attribute.
template <class C, class Name, class L>
constexpr auto& class_value() {
  using V = typename L::value_type;
  auto& owned = class_storage<typename L::owner, Name>::value;
  if constexpr (std::is_same_v<C, typename L::owner>) {
    return owned;
  } else {
    using list = typename mro_info<C>::list;
    V* found = nullptr;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      static_cast<void>(((rebound_class_attribute<at<L::search_from + I, list>, Name, V>
                              ? (found = &*rebound_class_attribute<at<L::search_from + I, list>, Name, V>, true)
                              : false) ||
                         ...));
    }(std::make_index_sequence<L::position - L::search_from>{});
    return found ? *found : owned;
  }
}

}  // namespace klass::detail

#endif
