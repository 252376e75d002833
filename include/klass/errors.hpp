// klass/errors.hpp — Python's exceptions: C++ exception types in Python's hierarchy, thrown for what only the run time knows, and named in compile errors for the rest.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ERRORS_HPP
#define KLASS_ERRORS_HPP

#include <stdexcept>
#include <string>
#include <string_view>

#include <klass/detail/fixed_string.hpp>

namespace klass {

// Python's built-in exceptions (the part of Lib's hierarchy a klass program
// raises and catches), one C++ type each, deriving as Python's classes do:
// catching klass::lookup_error catches key_error and index_error, catching
// klass::exception catches every one but the three that derive from
// BaseException directly. what() is Python's str(e): the message given.
// Each says its Python name (python_name(), e.g. "KeyError").
//
// base_exception derives from std::runtime_error, so code that catches the
// standard exceptions catches klass's too. klass raises attribute_error and
// type_error where only the run time knows the answer (what compile time knows
// is a compile error); the protocols of the data model raise the others
// (<klass/datamodel.hpp>), and user code raises and catches them as Python code does.
struct base_exception : std::runtime_error {
  explicit base_exception(const std::string& message = {}) : std::runtime_error(message) {}
  explicit base_exception(const char* message) : std::runtime_error(message) {}
  virtual std::string_view python_name() const noexcept { return "BaseException"; }
};

#define KLASS_DETAIL_EXCEPTION(Name, Base, PythonName)                            \
  struct Name : Base {                                                            \
    using Base::Base;                                                             \
    std::string_view python_name() const noexcept override { return PythonName; } \
  }

KLASS_DETAIL_EXCEPTION(exception, base_exception, "Exception");
KLASS_DETAIL_EXCEPTION(system_exit, base_exception, "SystemExit");
KLASS_DETAIL_EXCEPTION(keyboard_interrupt, base_exception, "KeyboardInterrupt");
KLASS_DETAIL_EXCEPTION(generator_exit, base_exception, "GeneratorExit");

KLASS_DETAIL_EXCEPTION(arithmetic_error, exception, "ArithmeticError");
KLASS_DETAIL_EXCEPTION(floating_point_error, arithmetic_error, "FloatingPointError");
KLASS_DETAIL_EXCEPTION(overflow_error, arithmetic_error, "OverflowError");
KLASS_DETAIL_EXCEPTION(zero_division_error, arithmetic_error, "ZeroDivisionError");
KLASS_DETAIL_EXCEPTION(assertion_error, exception, "AssertionError");
// Python's AttributeError: klass raises it when the answer depends on run-time
// state (an instance-dict entry that is unset).
KLASS_DETAIL_EXCEPTION(attribute_error, exception, "AttributeError");
KLASS_DETAIL_EXCEPTION(buffer_error, exception, "BufferError");
KLASS_DETAIL_EXCEPTION(eof_error, exception, "EOFError");
KLASS_DETAIL_EXCEPTION(import_error, exception, "ImportError");
KLASS_DETAIL_EXCEPTION(lookup_error, exception, "LookupError");
KLASS_DETAIL_EXCEPTION(index_error, lookup_error, "IndexError");
// Python's KeyError: str(KeyError(k)) is repr(k); klass keeps the message given.
KLASS_DETAIL_EXCEPTION(key_error, lookup_error, "KeyError");
KLASS_DETAIL_EXCEPTION(memory_error, exception, "MemoryError");
KLASS_DETAIL_EXCEPTION(name_error, exception, "NameError");
KLASS_DETAIL_EXCEPTION(os_error, exception, "OSError");
KLASS_DETAIL_EXCEPTION(reference_error, exception, "ReferenceError");
KLASS_DETAIL_EXCEPTION(runtime_error, exception, "RuntimeError");
KLASS_DETAIL_EXCEPTION(not_implemented_error, runtime_error, "NotImplementedError");
KLASS_DETAIL_EXCEPTION(recursion_error, runtime_error, "RecursionError");
// Python's StopIteration: what an iterator's __next__ raises when it is exhausted.
KLASS_DETAIL_EXCEPTION(stop_iteration, exception, "StopIteration");
KLASS_DETAIL_EXCEPTION(syntax_error, exception, "SyntaxError");
KLASS_DETAIL_EXCEPTION(system_error, exception, "SystemError");
// Python's TypeError: klass raises it for what only the run time can decide (an
// operator whose methods all returned NotImplemented).
KLASS_DETAIL_EXCEPTION(type_error, exception, "TypeError");
KLASS_DETAIL_EXCEPTION(value_error, exception, "ValueError");
KLASS_DETAIL_EXCEPTION(unicode_error, value_error, "UnicodeError");

#undef KLASS_DETAIL_EXCEPTION

// The same exceptions when compile time knows: never defined. g++ (and clang 16+
// in the requirement it quotes) prints the message computed at compile time (a
// detail::fixed_string, or on clang a detail::sentence) inside the name of the
// type, so its error line reads e.g.
//   invalid application of 'sizeof' to incomplete type
//   'klass::TypeError<klass::detail::fixed_string<..>{"duplicate base class A"}>'
// (named by KLASS_DETAIL_ERROR, <klass/detail/diagnostic.hpp>).
template <auto Message>
struct TypeError;
template <auto Message>
struct AttributeError;
template <auto Message>
struct SyntaxError;
template <auto Message>
struct RuntimeError;
template <auto Message>
struct NameError;

}  // namespace klass

#endif
