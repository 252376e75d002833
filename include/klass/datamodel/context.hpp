// klass/datamodel/context.hpp — the with statement: klass::with(o, body) with __enter__ and __exit__.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_CONTEXT_HPP
#define KLASS_DATAMODEL_CONTEXT_HPP

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/datamodel/truth.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class> struct does_not_support_the_context_manager_protocol;
}  // namespace error

namespace detail {

using enter_name = special::enter;
using exit_name = special::exit;

template <class C>
struct context_errors {
  struct not_a_context_manager {
    KLASS_DETAIL_ERROR(not_a_context_manager, TypeError, "'<class>' object does not support the context manager protocol",
                       (join<"'", fixed_name<C>, "' object does not support the context manager protocol">),
                       error::does_not_support_the_context_manager_protocol<C>);
  };
};

// What __exit__ said: None (a void method) does not suppress; anything else by its truth.
template <class Exit>
bool exit_suppresses(Exit& exit, std::exception_ptr error) {
  if constexpr (std::is_void_v<decltype(exit(error))>) {
    exit(error);
    return false;
  } else {
    return klass::truth(exit(error));
  }
}

template <class Body, class Value>
decltype(auto) run_body(Body& body, Value&& value) {
  if constexpr (std::is_invocable_v<Body&, Value&&>)
    return body(std::forward<Value>(value));
  else
    return body();
}

// The body under __exit__'s guard.
template <class Exit, class Run>
decltype(auto) guarded_body(Exit& exit, Run&& run) {
  using R = decltype(run());
#if !KLASS_EXCEPTIONS
  // Without exceptions the body cannot raise: __exit__ always receives None.
  if constexpr (std::is_void_v<R>) {
    run();
    exit_suppresses(exit, nullptr);
  } else {
    std::optional<std::remove_cvref_t<R>> result;
    result.emplace(run());
    exit_suppresses(exit, nullptr);
    return result;
  }
#else
  if constexpr (std::is_void_v<R>) {
    try {
      run();
    } catch (...) {
      if (!exit_suppresses(exit, std::current_exception())) throw;
      return;
    }
    exit_suppresses(exit, nullptr);
  } else {
    std::optional<std::remove_cvref_t<R>> result;
    try {
      result.emplace(run());
    } catch (...) {
      if (!exit_suppresses(exit, std::current_exception())) throw;
      return result;
    }
    exit_suppresses(exit, nullptr);
    return result;
  }
#endif
}

}  // namespace detail

// with o as value: body(value) — the with statement (PEP 343, compile.c's
// compiler_with): __enter__ and __exit__ are looked up on type(o) first;
// value = __enter__(); the body runs; __exit__ receives the exception the body
// raised (a std::exception_ptr, null when there was none), and if it returns
// true the exception is suppressed. An exception from __enter__ skips __exit__.
// The body may take the value or nothing; what it returns, with returns (as a
// std::optional when an exception could be suppressed).
template <class T, class Body>
  requires detail::klass_object<T>
decltype(auto) with(const T& manager, Body&& body) {
  using C = detail::object_class<T>;
  if constexpr (!detail::has_special<C, detail::enter_name> || !detail::has_special<C, detail::exit_name>) {
    KLASS_DETAIL_REPORT(typename detail::context_errors<C>::not_a_context_manager);
  } else {
    auto& self = detail::self_of(manager);
    auto exit = detail::special_method<detail::exit_name>(self);
    auto enter = detail::special_method<detail::enter_name>(self);
    if constexpr (std::is_void_v<decltype(enter())>) {
      enter();  // outside the try: an exception from __enter__ skips __exit__
      return detail::guarded_body(exit, [&]() -> decltype(auto) { return detail::run_body(body, none); });
    } else {
      decltype(auto) value = enter();
      return detail::guarded_body(
          exit, [&]() -> decltype(auto) { return detail::run_body(body, static_cast<decltype(value)&&>(value)); });
    }
  }
}

}  // namespace klass

#endif
