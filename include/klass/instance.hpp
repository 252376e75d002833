// klass/instance.hpp — an instance of a class: its layout (the instance dict, one typed entry per name) and klass::instance<C>.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_INSTANCE_HPP
#define KLASS_INSTANCE_HPP

#include <atomic>
#include <cstddef>
#include <optional>
#include <utility>

#include <klass/class_object.hpp>
#include <klass/type_lookup.hpp>

namespace klass {

template <class C>
class ref;

namespace detail {

// ---- the instance dict: one typed, optional entry per settable name ---------------

template <class Name, class T>
struct slot {
  std::optional<T> value;
};
template <class... Slots>
struct slot_set : Slots... {};

// Which names an instance of C can hold, and as what type: a klass::member<T> slot,
// a klass::field<T> anywhere in the MRO, or a plain class attribute (which an
// instance may shadow, as Python's instance dict does). The table of C's
// namespace (type_lookup.hpp) decided which; this turns its answer into types.
template <class Value, slot_source Source>
struct slot_value {
  using type = typename Value::value_type;  // member<T>, field<T>: T
};
template <class Value>
struct slot_value<Value, slot_source::shadow> {
  using type = Value;
};

template <class Name, class T>
constexpr std::optional<T>& slot_of(slot<Name, T>& s) {
  return s.value;
}
template <class Name, class T>
constexpr const std::optional<T>& slot_of(const slot<Name, T>& s) {
  return s.value;
}

template <class Table, class Indices>
struct slots_of_table;
template <class Table, std::size_t... I>
struct slots_of_table<Table, std::index_sequence<I...>> {
  using type = slot_set<slot<at<Table::data.slot_name[I], typename Table::keys>,
                             typename slot_value<at<Table::data.slot_value[I], typename Table::values>,
                                                 Table::data.slot_kind[I]>::type>...>;
};

template <class C>
struct instance_layout {
  using table = namespace_of<C>;
  using type = typename slots_of_table<table, std::make_index_sequence<table::data.slot_count>>::type;
};

}  // namespace detail

// An object of class C: its instance dict (typed entries, each set or unset) and a
// reference count. Created by calling klass::cls<C>; handled through klass::ref<C>.
template <class C>
class instance {
 public:
  using klass_type = C;

  instance() = default;
  instance(const instance&) = delete;
  instance& operator=(const instance&) = delete;

  typename detail::instance_layout<C>::type dict;

 private:
  friend class ref<C>;
  std::atomic<long> references_{0};
};

// type(o)
template <class C>
constexpr class_object<C> type_of(const instance<C>&) {
  return {};
}

}  // namespace klass

#endif
