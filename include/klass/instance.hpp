// klass/instance.hpp — an instance of a class: its layout (the instance dict, one typed entry per name) and klass::instance<C>.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_INSTANCE_HPP
#define KLASS_INSTANCE_HPP

#include <cstddef>
#include <optional>
#include <utility>

#include <klass/class_object.hpp>
#include <klass/special_names.hpp>
#include <klass/type_lookup.hpp>

namespace klass {

template <class C>
class ref;

namespace detail {
// Customization points of the data model, for what C++ wants as members
// (explicit operator bool, operator[], operator()) and the destructor's __del__:
// declared here, defined with each protocol in <klass/datamodel/...> (truth.hpp,
// container.hpp, call.hpp, lifetime.hpp), which <klass/klass.hpp> includes.
template <class C>
struct truth_protocol;
template <class C>
struct subscript_protocol;
template <class C>
struct call_protocol;
template <class C>
struct finalizer;
}  // namespace detail

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
  using type =
      slot_set<slot<slot_name_at<Table, I>, typename slot_value<slot_value_at<Table, I>, Table::data.slot_kind[I]>::type>...>;
};

// Fields declared with a default (klass::field<T>(v)) are set on every new instance.
template <class C, class Table, std::size_t I, class Slots>
void apply_field_default(Slots& slots) {
  if constexpr (Table::data.slot_kind[I] == slot_source::field) {
    using Name = slot_name_at<Table, I>;
    using Declared = slot_value_at<Table, I>;
    if constexpr (is_field_default<Declared>::value)
      slot_of<Name>(slots).emplace(dict_of<typename field_lookup<C, Name>::owner>()[Name{}].init);
  }
}

template <class C, class Table, class Slots, std::size_t... I>
void apply_field_defaults(Slots& slots, std::index_sequence<I...>) {
  // A braced list, not a fold expression: a class may have hundreds of slots, and
  // clang limits a fold's nesting to 256 (-fbracket-depth).
  [[maybe_unused]] const bool applied[] = {true, (apply_field_default<C, Table, I>(slots), true)...};
}

template <class C>
struct instance_layout {
  using table = namespace_of<C>;
  using type = typename slots_of_table<table, std::make_index_sequence<table::data.slot_count>>::type;
};

// What every instance starts with, whatever its class: its reference count, so
// that a base-typed handle (klass::handle, <klass/polymorphism/handle.hpp>) can
// keep an object alive without knowing its class.
// The count is changed with the compilers' atomic builtins (as std::atomic<long>
// would do): <atomic> alone costs more to compile than the rest of klass's headers.
struct object_header {
  long references = 0;

  void add_reference() noexcept { __atomic_fetch_add(&references, 1, __ATOMIC_RELAXED); }
  // True when the reference dropped was the last one.
  bool drop_reference() noexcept { return __atomic_fetch_sub(&references, 1, __ATOMIC_ACQ_REL) == 1; }
};

}  // namespace detail

// An object of class C: its instance dict (typed entries, each set or unset) and a
// reference count. Created by calling klass::cls<C>; handled through klass::ref<C>.
template <class C>
class instance : public detail::object_header {
 public:
  using klass_type = C;

  instance() {
    using table = detail::namespace_of<C>;
    detail::apply_field_defaults<C, table>(dict, std::make_index_sequence<table::data.slot_count>{});
  }
  instance(const instance&) = delete;
  instance& operator=(const instance&) = delete;

  typename detail::instance_layout<C>::type dict;

  // bool(o), o[k], o(...): type(o).__bool__, __getitem__, __call__ (<klass/datamodel.hpp>).
  explicit operator bool() { return detail::truth_protocol<C>::truth(*this); }
  template <class Key>
  decltype(auto) operator[](Key&& key) {
    return detail::subscript_protocol<C>::subscript(*this, std::forward<Key>(key));
  }
  template <class... Args>
  decltype(auto) operator()(Args&&... args) {
    return detail::call_protocol<C>::call(*this, std::forward<Args>(args)...);
  }
};

// type(o)
template <class C>
constexpr class_object<C> type_of(const instance<C>&) {
  return {};
}

}  // namespace klass

#endif
