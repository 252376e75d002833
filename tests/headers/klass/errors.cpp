// Uses of what <klass/errors.hpp> declares, with only it included (tests/harness.py header).
#include <klass/errors.hpp>

#include <stdexcept>
#include <type_traits>

static_assert(std::is_base_of_v<std::runtime_error, klass::base_exception>);
static_assert(std::is_base_of_v<klass::base_exception, klass::attribute_error>);
static_assert(std::is_base_of_v<std::runtime_error, klass::type_error>);
inline void raise_both() {
  try {
    throw klass::attribute_error("'A' object has no attribute 'x'");
  } catch (const klass::attribute_error&) {
  }
  try {
    throw klass::type_error("A() takes no arguments");
  } catch (const klass::type_error&) {
  }
}
// The compile-time exceptions are never defined: a diagnostic names them, with
// the message as their template argument (a string computed at compile time).
template <template <auto> class Exception>
struct names_an_exception {};
[[maybe_unused]] inline names_an_exception<klass::TypeError> type_error;
[[maybe_unused]] inline names_an_exception<klass::AttributeError> attribute_error;
[[maybe_unused]] inline names_an_exception<klass::SyntaxError> syntax_error;
[[maybe_unused]] inline names_an_exception<klass::RuntimeError> runtime_error;
[[maybe_unused]] inline names_an_exception<klass::NameError> name_error;
