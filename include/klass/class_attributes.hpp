// klass/class_attributes.hpp — class attributes as variables: C.__dict__['x'] initialized from the class body, rebound through the class.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_ATTRIBUTES_HPP
#define KLASS_CLASS_ATTRIBUTES_HPP

#include <type_traits>

#include <klass/class_dict.hpp>
#include <klass/class_object.hpp>
#include <klass/type_lookup.hpp>

namespace klass::detail {

// __set_name__(owner, name), for any value that has it (Python calls it on every
// object of the namespace that defines it, descriptor or not).
template <class Owner, class Name, class Value>
concept has_set_name = requires(Value& value) { value.set_name(class_object<Owner>{}, Name{}); };

template <class Owner, class Name>
constexpr auto set_name_applied() {
  auto value = dict_of<Owner>()[Name{}];
  value.set_name(class_object<Owner>{}, Name{});
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

}  // namespace klass::detail

#endif
