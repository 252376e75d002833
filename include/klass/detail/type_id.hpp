// klass/detail/type_id.hpp — a per-type identity (an address), a constant comparable in constant expressions.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_TYPE_ID_HPP
#define KLASS_DETAIL_TYPE_ID_HPP

namespace klass::detail {

// Addresses of distinct objects compare unequal in constant expressions, so the
// address of a per-type variable identifies the type without instantiating
// is_same for every pair. (Addresses cannot be ordered or hashed in a constant
// expression; the C3 merge hashes classes by their bases instead, see c3.hpp.)
using type_id = const void*;
template <class T>
inline constexpr char type_tag = 0;
template <class T>
inline constexpr type_id id_of = &type_tag<T>;

}  // namespace klass::detail

#endif
