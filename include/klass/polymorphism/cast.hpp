// klass/polymorphism/cast.hpp — checked downcasts: klass::cast<D>(h), klass::cast<klass::ref<D>>(h), klass::cast_or_throw.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_CAST_HPP
#define KLASS_POLYMORPHISM_CAST_HPP

#include <optional>
#include <string>
#include <type_traits>

#include <klass/error_handler.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/table.hpp>
#include <klass/polymorphism/type.hpp>

namespace klass {

namespace detail {

template <class T>
struct cast_target {
  using klass_class = T;
  static constexpr bool exact = false;
  using result = handle<T>;
};
template <class C>
struct cast_target<ref<C>> {
  using klass_class = C;
  static constexpr bool exact = true;
  using result = ref<C>;
};

template <class X, class B>
[[noreturn]] void raise_not_kept(const class_record& record) {
  detail::raise_error<type_error>(detail::message("a handle of '", klass::name<X>, "' cannot hold a '", record.name, "' object: '", record.name, "' does not keep what '", klass::name<X>, "' declares"));
}

// The object as a T (a handle of X or the exact ref<X>), or nothing when it is
// not one; a virtual subclass of X that breaks what X declares is an error.
template <class T, class B>
std::optional<typename cast_target<T>::result> try_cast(const handle<B>& self) {
  using X = typename cast_target<T>::klass_class;
  object_header* object = handle_access::object(self);
  const class_record& record = handle_access::record(self);
  if constexpr (cast_target<T>::exact) {
    if (record.id != id_of<X>) return std::nullopt;
    return ref<X>(*static_cast<instance<X>*>(object));
  } else {
    if constexpr (asks_subclasshook<X>()) static_cast<void>(&run_time_isinstance_errors<X>::hook);
    if (!record_isinstance<X>(record)) return std::nullopt;
    const std::size_t at = record.find(id_of<X>);
    if (record.tables[at] == nullptr) raise_not_kept<X, B>(record);
    return handle_access::make<X>(object, static_cast<const table<X>*>(record.tables[at]));
  }
}

}  // namespace detail

// A checked downcast, Python's `if isinstance(o, D):` then using o as a D:
// cast<D>(h) gives a klass::handle<D> when the object is an instance of D (its
// class is D, a subclass, or a registered virtual subclass), cast<klass::ref<D>>(h)
// the exact handle when its class is D itself; otherwise an empty optional. An
// object whose class is a virtual subclass of D but lacks what D declares
// throws klass::type_error (no handle of D can hold it).
template <class T, class B>
std::optional<typename detail::cast_target<T>::result> cast(const handle<B>& self) {
  if (klass::is_none(self)) return std::nullopt;
  return detail::try_cast<T>(self);
}

// The same, throwing klass::type_error ("'Square' object is not an instance of
// 'Circle'") where cast gives nothing.
template <class T, class B>
typename detail::cast_target<T>::result cast_or_throw(const handle<B>& self) {
  using X = typename detail::cast_target<T>::klass_class;
  if (klass::is_none(self)) detail::raise_error<type_error>(detail::message("'NoneType' object is not an instance of '", klass::name<X>, "'"));
  if (auto out = detail::try_cast<T>(self)) return std::move(*out);
  const std::string_view own = detail::handle_access::record(self).name;
  if constexpr (detail::cast_target<T>::exact)
    detail::raise_error<type_error>(detail::message("'", own, "' object is not exactly a '", klass::name<X>, "'"));
  else
    detail::raise_error<type_error>(detail::message("'", own, "' object is not an instance of '", klass::name<X>, "'"));
}

}  // namespace klass

#endif
