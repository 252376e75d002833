// klass/datamodel/call.hpp — o(args...): type(o).__call__(o, args...).
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_CALL_HPP
#define KLASS_DATAMODEL_CALL_HPP

#include <utility>

#include <klass/datamodel/special.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class> struct object_is_not_callable;
}  // namespace error

namespace detail {

using call_special_name = special::call;

template <class C>
struct call_errors {
  struct not_callable {
    KLASS_DETAIL_ERROR(not_callable, TypeError, "'<class>' object is not callable",
                       (join<"'", fixed_name<C>, "' object is not callable">), error::object_is_not_callable<C>);
  };
};

// slot_tp_call: type(o).__call__ bound to o, called with the arguments (an
// instance attribute named __call__ is not looked at).
template <class C>
struct call_protocol {
  template <class... Args>
  static decltype(auto) call(instance<C>& self, Args&&... args) {
    if constexpr (has_special<C, call_special_name>) {
      return special_method<call_special_name>(self)(std::forward<Args>(args)...);
    } else {
      return KLASS_DETAIL_REFUSED_VALUE(typename call_errors<C>::not_callable);
    }
  }
};

}  // namespace detail

// callable(o): whether type(o) defines __call__.
template <class T>
constexpr bool callable(const T&) {
  if constexpr (detail::klass_object<T>)
    return detail::has_special<detail::object_class<T>, detail::call_special_name>;
  else
    return std::is_invocable_v<const T&>;
}

}  // namespace klass

#endif
