// klass/detail/type_id.hpp — a per-type identity (an address) and a hash, both constants.
#ifndef KLASS_DETAIL_TYPE_ID_HPP
#define KLASS_DETAIL_TYPE_ID_HPP

#include <cstdint>
#include <string_view>

#include <klass/detail/type_name.hpp>

namespace klass::detail {

// Addresses of distinct objects compare unequal in constant expressions, so the
// address of a per-type variable identifies the type without instantiating
// is_same for every pair.
using type_id = const void*;
template <class T>
inline constexpr char type_tag = 0;
template <class T>
inline constexpr type_id id_of = &type_tag<T>;

// Addresses cannot be ordered or hashed in a constant expression; the compiler's
// spelling of the type can. The hash only spreads classes over buckets, equality
// is always decided by id_of, so a collision costs time, never correctness.
constexpr std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}
template <class T>
inline constexpr std::uint64_t hash_of = fnv1a(qualified_type_name<T>());

}  // namespace klass::detail

#endif
