// klass/errors.hpp — Python's exceptions: thrown for what only the run time knows, named in compile errors for the rest.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ERRORS_HPP
#define KLASS_ERRORS_HPP

#include <stdexcept>
#include <string>

#include <klass/detail/fixed_string.hpp>

namespace klass {

// Python's AttributeError, thrown when the answer depends on run-time state (an
// instance-dict entry that is unset); what compile time knows is a compile error.
struct attribute_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Python's TypeError, for the cases only the run time can decide.
struct type_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The same exceptions when compile time knows: never defined. g++ prints the
// message computed at compile time inside the name of the incomplete type, so its
// error line reads e.g.
//   invalid application of 'sizeof' to incomplete type
//   'klass::TypeError<klass::detail::fixed_string<..>{"duplicate base class A"}>'
// (raised by KLASS_DETAIL_RAISE, <klass/detail/diagnostic.hpp>).
template <detail::fixed_string Message>
struct TypeError;
template <detail::fixed_string Message>
struct AttributeError;
template <detail::fixed_string Message>
struct SyntaxError;
template <detail::fixed_string Message>
struct RuntimeError;

}  // namespace klass

#endif
