// klass/error_handler.hpp — how klass raises what only the run time knows: it throws, or, without exceptions, calls a handler.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ERROR_HANDLER_HPP
#define KLASS_ERROR_HANDLER_HPP

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include <klass/errors.hpp>

// 1: klass throws its run-time errors (klass::attribute_error, ...); 0: it calls
// the error handler instead (klass::set_error_handler). By default, whether C++
// exceptions are on (-fno-exceptions turns them off). A program may define it to 0
// before including klass to use the handler with exceptions on; it must then be 0
// in every translation unit of the program. docs/build_modes.md says what changes.
#ifndef KLASS_EXCEPTIONS
#if defined(__cpp_exceptions)
#define KLASS_EXCEPTIONS 1
#else
#define KLASS_EXCEPTIONS 0
#endif
#endif
#if KLASS_EXCEPTIONS && !defined(__cpp_exceptions)
#error "klass: KLASS_EXCEPTIONS is 1 but C++ exceptions are off (-fno-exceptions); leave KLASS_EXCEPTIONS undefined"
#endif

namespace klass {

// Called, when KLASS_EXCEPTIONS is 0, where Python raises at run time, with the
// exception's Python name ("AttributeError") and its message. It must not return:
// klass calls std::abort() if it does.
using error_handler = void (*)(std::string_view exception, std::string_view message);

namespace detail {
// What an uncaught exception's last line is in Python: "AttributeError: message".
inline void print_and_abort(std::string_view exception, std::string_view message) {
  std::fprintf(stderr, "%.*s: %.*s\n", static_cast<int>(exception.size()), exception.data(),
               static_cast<int>(message.size()), message.data());
  std::abort();
}
inline constinit std::atomic<error_handler> installed_error_handler{nullptr};
}  // namespace detail

// The handler klass calls now: the one installed, else the default, which prints
// Python's last line of an uncaught exception (`AttributeError: message`) to
// stderr and calls std::abort().
inline error_handler get_error_handler() noexcept {
  const error_handler handler = detail::installed_error_handler.load(std::memory_order_acquire);
  return handler != nullptr ? handler : &detail::print_and_abort;
}

// Installs `handler` for every later error (nullptr: the default again) and
// returns the one it replaces. Thread-safe.
inline error_handler set_error_handler(error_handler handler) noexcept {
  const error_handler previous = detail::installed_error_handler.exchange(handler, std::memory_order_acq_rel);
  return previous != nullptr ? previous : &detail::print_and_abort;
}

namespace error {
// Named after the refusal, so that clang shows the class and the attribute
// (or special method) whose run-time exception would have to be caught.
template <class Class, class Name>
struct needs_exceptions;
}  // namespace error

namespace detail {

// Python's `raise Exception(message)`: a throw, or the error handler (which must
// not return) when KLASS_EXCEPTIONS is 0. Exception is one of <klass/errors.hpp>.
template <class Exception>
[[noreturn]] void raise_error(std::string_view message) {
#if KLASS_EXCEPTIONS
  throw Exception(std::string(message));
#else
  const Exception error(std::string{message});
  get_error_handler()(error.python_name(), message);
  std::abort();
#endif
}

// A run-time message from its pieces, appended one after the other: not
// "a" + std::string(b), in which g++ 12 at -O3 warns (-Wrestrict, a known false
// positive inside operator+(const char*, std::string&&)).
template <class... Pieces>
std::string message(const Pieces&... pieces) {
  std::string text;
  (text.append(std::string_view(pieces)), ...);
  return text;
}

template <class...>
inline constexpr bool never = false;

// try: attempt() except (Exceptions...): otherwise() — for hasattr and the
// __getattr__ fallback (AttributeError), the end of an iteration (StopIteration,
// IndexError): what a lookup or a protocol catches at run time. Without exceptions
// nothing can be caught, so using such code is a compile error naming it
// (Subject: error::needs_exceptions<Class, Name>), never a different answer.
template <class Subject, class... Exceptions, class Attempt, class Otherwise>
constexpr auto catching(Attempt&& attempt, Otherwise&& otherwise) {
#if KLASS_EXCEPTIONS
  try {
    return attempt();
  } catch (const std::exception& error) {
    if ((dynamic_cast<const Exceptions*>(&error) || ...)) return otherwise();
    throw;
  }
#else
  static_assert(never<Subject>,
                "klass: this must catch a Python exception raised at run time (as hasattr, __getattr__ and the end "
                "of an iteration do), which needs C++ exceptions; they are off here (KLASS_EXCEPTIONS is 0)");
  static_cast<void>(otherwise);
  return attempt();
#endif
}

}  // namespace detail

}  // namespace klass

#endif
