// klass/datamodel/truth.hpp — bool(o) and len(o): __bool__, else __len__, else true.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_TRUTH_HPP
#define KLASS_DATAMODEL_TRUTH_HPP

#include <cstddef>
#include <type_traits>

#include <klass/error_handler.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class, class Returned> struct bool_should_return_bool;
template <class Class> struct object_has_no_len;
template <class Returned> struct cannot_be_interpreted_as_an_integer;
}  // namespace error

namespace detail {

using bool_name = special::bool_;
using len_name = special::len;

template <class C, class R>
struct truth_errors {
  struct bool_should_return_bool {
    KLASS_DETAIL_ERROR(bool_should_return_bool, TypeError, "__bool__ should return bool, returned <type>",
                       (join<"__bool__ should return bool, returned ", python_type_fixed<R>>),
                       error::bool_should_return_bool<C, R>);
  };
  struct no_len {
    KLASS_DETAIL_ERROR(no_len, TypeError, "object of type '<class>' has no len()",
                       (join<"object of type '", fixed_name<C>, "' has no len()">), error::object_has_no_len<C>);
  };
  struct not_an_integer {
    KLASS_DETAIL_ERROR(not_an_integer, TypeError, "'<type>' object cannot be interpreted as an integer",
                       (join<"'", python_type_fixed<R>, "' object cannot be interpreted as an integer">),
                       error::cannot_be_interpreted_as_an_integer<R>);
  };
};

// slot_sq_length + PyObject_Size: type(o).__len__(o), an integer >= 0.
template <class C>
std::ptrdiff_t len_of(instance<C>& self) {
  if constexpr (!has_special<C, len_name>) {
    KLASS_DETAIL_REPORT(typename truth_errors<C, void>::no_len);
    return 0;
  } else {
    using R = std::remove_cvref_t<decltype(special_method<len_name>(self)())>;
    if constexpr (!std::is_integral_v<R> || std::is_same_v<R, bool>) {
      KLASS_DETAIL_REPORT(typename truth_errors<C, R>::not_an_integer);
      return 0;
    } else {
      const auto n = special_method<len_name>(self)();
      if (n < 0) raise_error<value_error>("__len__() should return >= 0");
      return static_cast<std::ptrdiff_t>(n);
    }
  }
}

// slot_nb_bool: __bool__ (which must return a bool), else __len__() != 0, else true.
template <class C>
struct truth_protocol {
  static bool truth(instance<C>& self) {
    if constexpr (has_special<C, bool_name>) {
      using R = std::remove_cvref_t<decltype(special_method<bool_name>(self)())>;
      if constexpr (!std::is_same_v<R, bool>) {
        KLASS_DETAIL_REPORT(typename truth_errors<C, R>::bool_should_return_bool);
        return true;
      } else {
        return special_method<bool_name>(self)();
      }
    } else if constexpr (has_special<C, len_name>) {
      return len_of(self) != 0;
    } else {
      return true;
    }
  }
};

}  // namespace detail

// bool(o): Python's truth of a klass object (also `if (o)`, through its explicit
// operator bool); any other C++ value converts as C++ converts it.
template <class T>
bool truth(const T& o) {
  if constexpr (detail::klass_object<T>)
    return detail::truth_protocol<detail::object_class<T>>::truth(detail::self_of(o));
  else
    return static_cast<bool>(o);
}

// len(o): type(o).__len__(o), checked as CPython checks it.
template <class T>
  requires detail::klass_object<T>
std::ptrdiff_t len(const T& o) {
  return detail::len_of(detail::self_of(o));
}

}  // namespace klass

#endif
