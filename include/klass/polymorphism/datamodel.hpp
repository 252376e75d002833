// klass/polymorphism/datamodel.hpp — the data model through a base-typed handle: bool, len, repr, str, hash, print.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_DATAMODEL_HPP
#define KLASS_POLYMORPHISM_DATAMODEL_HPP

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <type_traits>

#include <klass/error_handler.hpp>
#include <klass/datamodel/truth.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/names.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/table.hpp>

namespace klass {

namespace error {
template <class Base> struct object_has_no_len_through_a_handle_of_the_base;
}  // namespace error

namespace detail {
template <class B>
struct handle_datamodel_errors {
  struct no_len {
    KLASS_DETAIL_ERROR(no_len, TypeError,
                       "object of type '<base>' has no len() (through a handle of '<base>'; the object may be a "
                       "subclass)",
                       (join<"object of type '", fixed_name<B>, "' has no len() (through a handle of '",
                             fixed_name<B>, "'; the object may be a subclass)">),
                       error::object_has_no_len_through_a_handle_of_the_base<B>);
  };
};
}  // namespace detail

// repr(o), str(o), hash(o) for an object held by a handle: its own class's
// __repr__, __str__, __hash__ (or object's), through its record. bool(o) is the
// handle's explicit operator bool (and klass::truth).
template <class B>
std::string repr(const handle<B>& self) {
  return detail::handle_access::record(self).repr(detail::handle_access::object(self));
}
template <class B>
std::string str(const handle<B>& self) {
  return detail::handle_access::record(self).str(detail::handle_access::object(self));
}
template <class B>
std::ptrdiff_t hash(const handle<B>& self) {
  return detail::handle_access::record(self).hash(detail::handle_access::object(self));
}
// print(o)
template <class B>
std::ostream& operator<<(std::ostream& out, const handle<B>& self) {
  return out << klass::str(self);
}

// len(o) through a handle of B: B must declare __len__ (a Sized base, as a type
// checker asks); the object's class's __len__ answers, checked as CPython
// checks it (an integer >= 0).
template <class B>
std::ptrdiff_t len(const handle<B>& self) {
  using N = detail::len_name;
  if constexpr (!detail::in_interface<B, N>) {
    KLASS_DETAIL_REPORT(typename detail::handle_datamodel_errors<B>::no_len);
    return 0;
  } else {
    using R = std::remove_cvref_t<decltype(klass::getattr(self, N{})())>;
    if constexpr (!std::is_integral_v<R> || std::is_same_v<R, bool>) {
      KLASS_DETAIL_REPORT(typename detail::truth_errors<B, R>::not_an_integer);
      return 0;
    } else {
      const auto n = klass::getattr(self, N{})();
      if (n < 0) detail::raise_error<value_error>("__len__() should return >= 0");
      return static_cast<std::ptrdiff_t>(n);
    }
  }
}

}  // namespace klass

// Base-typed handles in unordered containers: hash(o) of the object's class.
template <class B>
struct std::hash<klass::handle<B>> {
  std::size_t operator()(const klass::handle<B>& o) const { return static_cast<std::size_t>(klass::hash(o)); }
};

#endif
