// klass/datamodel/hash.hpp — hash(o) from __hash__, identity by default, unhashable with __eq__ alone; std::hash for handles.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_HASH_HPP
#define KLASS_DATAMODEL_HASH_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <type_traits>

#include <klass/datamodel/special.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/ref.hpp>
#include <klass/special_names.hpp>
#include <klass/type_lookup.hpp>
#include <klass/instance.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>

namespace klass {

namespace error {
template <class Class> struct unhashable_type;
template <class Class, class Returned> struct hash_should_return_an_integer;
}  // namespace error

namespace detail {

using hash_name = special::hash;
using eq_name = special::eq;

enum class hash_kind { identity, method, unhashable };

// type.__new__ gives a class that defines __eq__ but not __hash__ a __hash__ of
// None (type_new_set_hash... inherit_slots' "overrides_hash"), so what lookup of
// __hash__ finds is the first class of the MRO defining either: its __hash__ (None
// meaning unhashable), or None when it defines only __eq__; none: object's, identity.
template <class List>
struct hash_rule_of;
template <class... Ts>
struct hash_rule_of<type_list<Ts...>> {
  static constexpr hash_kind value = [] {
    constexpr bool has_hash[] = {own_entry<Ts, hash_name>::found..., false};
    constexpr bool has_eq[] = {own_entry<Ts, eq_name>::found..., false};
    constexpr bool hash_is_none[] = {[] {
      if constexpr (own_entry<Ts, hash_name>::found)
        return std::is_same_v<typename own_entry<Ts, hash_name>::value_type, none_t>;
      else
        return false;
    }()..., false};
    for (std::size_t i = 0; i != sizeof...(Ts); ++i) {
      if (has_hash[i]) return hash_is_none[i] ? hash_kind::unhashable : hash_kind::method;
      if (has_eq[i]) return hash_kind::unhashable;
    }
    return hash_kind::identity;
  }();
};
template <class C>
inline constexpr hash_kind hash_rule = hash_rule_of<typename mro_info<C>::list>::value;

template <class C, class R>
struct hash_errors {
  struct unhashable {
    KLASS_DETAIL_ERROR(unhashable, TypeError, "unhashable type: '<class>'", (join<"unhashable type: '", fixed_name<C>, "'">),
                       error::unhashable_type<C>);
  };
  struct not_an_integer {
    KLASS_DETAIL_ERROR(not_an_integer, TypeError, "__hash__ method should return an integer",
                       (join<"__hash__ method should return an integer">), error::hash_should_return_an_integer<C, R>);
  };
};

// _Py_HashPointer: the address rotated by 4 bits (the low ones are always 0).
inline std::ptrdiff_t identity_hash(const void* p) {
  const auto y = reinterpret_cast<std::uintptr_t>(p);
  const auto h = static_cast<std::ptrdiff_t>((y >> 4) | (y << (8 * sizeof(y) - 4)));
  return h == -1 ? -2 : h;
}

// PyObject_Hash with slot_tp_hash: -1 is reserved for errors and becomes -2.
template <class C>
std::ptrdiff_t object_hash(instance<C>& self) {
  if constexpr (hash_rule<C> == hash_kind::unhashable) {
    KLASS_DETAIL_REPORT(typename hash_errors<C, void>::unhashable);
    return 0;
  } else if constexpr (hash_rule<C> == hash_kind::identity) {
    return identity_hash(&self);
  } else {
    using R = std::remove_cvref_t<decltype(special_method<hash_name>(self)())>;
    if constexpr (!std::is_integral_v<R>) {
      KLASS_DETAIL_REPORT(typename hash_errors<C, R>::not_an_integer);
      return 0;
    } else {
      const auto h = static_cast<std::ptrdiff_t>(special_method<hash_name>(self)());
      return h == -1 ? -2 : h;
    }
  }
}

}  // namespace detail

// Whether hash(o) is defined for instances of C, asked without failing the build.
template <class_type C>
inline constexpr bool is_hashable = detail::hash_rule<C> != detail::hash_kind::unhashable;

// hash(o)
template <class T>
  requires detail::klass_object<T>
std::ptrdiff_t hash(const T& o) {
  return detail::object_hash(detail::self_of(o));
}

}  // namespace klass

// klass handles in unordered containers: hash(o), and equality is o == other.
template <class C>
struct std::hash<klass::ref<C>> {
  std::size_t operator()(const klass::ref<C>& o) const { return static_cast<std::size_t>(klass::hash(o)); }
};

#endif
