// klass/errors.hpp — the exceptions for what only the run time knows, with Python's messages.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ERRORS_HPP
#define KLASS_ERRORS_HPP

#include <stdexcept>
#include <string>

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

}  // namespace klass

#endif
