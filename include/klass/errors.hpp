// klass/errors.hpp — the exceptions for what only the run time knows, with Python's messages.
#ifndef KLASS_ERRORS_HPP
#define KLASS_ERRORS_HPP

#include <stdexcept>
#include <string>
#include <string_view>

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

namespace detail {
// "'A' object has no attribute 'x'"
inline std::string no_attribute_message(std::string_view type_name, std::string_view attribute) {
  std::string message = "'";
  message.append(type_name).append("' object has no attribute '").append(attribute).append("'");
  return message;
}
}  // namespace detail

}  // namespace klass

#endif
