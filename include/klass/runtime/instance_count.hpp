// klass/runtime/instance_count.hpp — `cls.instance_count` as the seed reads and writes it through the MRO: the `instance_count` descriptor, count_of<C>, take_instance_number<C>.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_INSTANCE_COUNT_HPP
#define KLASS_RUNTIME_INSTANCE_COUNT_HPP

#include <cstdint>

#include <klass/klass.hpp>
#include <klass/runtime/instances.hpp>

namespace klass::runtime {

// ---- per-class tracking -------------------------------------------------------

namespace detail {
using count_name = attr_c<"instance_count">;
}

// The value of `"instance_count"_a` in a class dict: Python's `instance_count = 0`.
// The class counts its own instances from 0, and so does every subclass that
// does not declare it again, from the first of its own instances on (the seed's
// rule, see count_of). On a class or an instance it reads as the count.
struct instance_count_t {
  template <class Instance, class C>
  std::uint64_t get(const Instance&, class_object<C>) const;
};
inline constexpr instance_count_t own_instance_count{};

namespace detail {
// A class "has its own instance_count" once it declares it or has counted an
// instance (`cls.instance_count += 1` assigns it on cls).
template <class T>
bool has_own_count() {
  return klass::detail::defines_class_attribute<T, count_name>() || instance_counter_of<T>.started();
}
template <class... Ts>
std::uint64_t count_in(klass::detail::type_list<Ts...>) {
  std::uint64_t out = 0;
  bool found = false;
  static_cast<void>(((!found && has_own_count<Ts>() ? (out = instance_counter_of<Ts>.count(0), found = true) : false) ||
                     ...));
  return out;
}
}  // namespace detail

// `cls.instance_count` as Python reads it: the first class of C's MRO that has
// its own, which is C once C has counted an instance. So a subclass starts from
// its base's count at the time of its first instance, then counts alone.
template <class C>
std::uint64_t count_of() {
  return detail::count_in(typename klass::detail::mro_info<C>::list{});
}

template <class Instance, class C>
std::uint64_t instance_count_t::get(const Instance&, class_object<C>) const {
  return count_of<C>();
}

// The number for a new instance of C: `cls.instance_count`, then `cls.instance_count += 1`.
template <class C>
std::uint64_t take_instance_number() {
  return instance_counter_of<C>.next(count_of<C>());
}

// `cls.instance_tracker`: number → instance, one per class (the seed uses it
// without defining it; the Python twin gives each class its own in
// __init_subclass__). It holds the instances (as Python's dict does) until

}  // namespace klass::runtime

#endif
