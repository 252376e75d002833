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
// The compile-time exceptions are never defined: a diagnostic names them.
[[maybe_unused]] inline klass::TypeError<"duplicate base class A">* type_error = nullptr;
[[maybe_unused]] inline klass::AttributeError<"'A' object has no attribute 'x'">* attribute_error = nullptr;
[[maybe_unused]] inline klass::SyntaxError<"name 'x' is given twice">* syntax_error = nullptr;
[[maybe_unused]] inline klass::RuntimeError<"Refusing to create an inheritance cycle">* runtime_error = nullptr;
