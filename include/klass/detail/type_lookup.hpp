// klass/detail/type_lookup.hpp — _PyType_Lookup at compile time: which class of the MRO defines a name.
#ifndef KLASS_DETAIL_TYPE_LOOKUP_HPP
#define KLASS_DETAIL_TYPE_LOOKUP_HPP

#include <cstddef>
#include <type_traits>

#include <klass/descriptors.hpp>
#include <klass/dict.hpp>
#include <klass/mro.hpp>

namespace klass::detail {

// The kind of the entry `Name` in class `T`'s own dict, if it has one.
template <class T, class Name, std::size_t Index = own_index<T, Name>()>
struct own_entry {
  static constexpr bool found = true;
  using value_type = at<Index, typename dict_type<T>::values>;
  static constexpr attribute_kind kind = kind_of<value_type>();
};
template <class T, class Name>
struct own_entry<T, Name, npos> {
  static constexpr bool found = false;
};

// Whether T's own dict defines Name as a class attribute (anything but a field,
// which is an instance-dict entry the class itself does not see).
template <class T, class Name>
constexpr bool defines_class_attribute() {
  using e = own_entry<T, Name>;
  if constexpr (e::found)
    return e::kind != attribute_kind::field;
  else
    return false;
}
template <class T, class Name>
constexpr bool declares_field() {
  using e = own_entry<T, Name>;
  if constexpr (e::found)
    return e::kind == attribute_kind::field;
  else
    return false;
}

template <class MroList, class Name>
struct first_in_mro;
template <class... Ts, class Name>
struct first_in_mro<type_list<Ts...>, Name> {
  static constexpr std::size_t class_attribute = [] {
    constexpr bool defines[] = {defines_class_attribute<Ts, Name>()..., false};
    for (std::size_t i = 0; i != sizeof...(Ts); ++i)
      if (defines[i]) return i;
    return npos;
  }();
  static constexpr std::size_t field = [] {
    constexpr bool declares[] = {declares_field<Ts, Name>()..., false};
    for (std::size_t i = 0; i != sizeof...(Ts); ++i)
      if (declares[i]) return i;
    return npos;
  }();
};

// The class-level lookup of Name on C: the first class in C's MRO whose dict
// defines it decides what it is (CPython's _PyType_Lookup), memoized per (C, Name).
template <class C, class Name,
          std::size_t Position = first_in_mro<typename mro_info<C>::list, Name>::class_attribute>
struct type_lookup {
  static constexpr bool found = true;
  using owner = at<Position, typename mro_info<C>::list>;
  using value_type = typename own_entry<owner, Name>::value_type;
  static constexpr attribute_kind kind = own_entry<owner, Name>::kind;
};
template <class C, class Name>
struct type_lookup<C, Name, npos> {
  static constexpr bool found = false;
  static constexpr attribute_kind kind = attribute_kind::value;
};

// The first klass::field<T> declaration of Name in C's MRO.
template <class C, class Name,
          std::size_t Position = first_in_mro<typename mro_info<C>::list, Name>::field>
struct field_lookup {
  static constexpr bool found = true;
  using owner = at<Position, typename mro_info<C>::list>;
  using value_type = typename own_entry<owner, Name>::value_type::value_type;
};
template <class C, class Name>
struct field_lookup<C, Name, npos> {
  static constexpr bool found = false;
};

}  // namespace klass::detail

#endif
