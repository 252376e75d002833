// klass/runtime/errors.hpp — the exceptions of the runtime layer, each naming the name and sizes involved.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_ERRORS_HPP
#define KLASS_RUNTIME_ERRORS_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include <klass/error_handler.hpp>

// The runtime layer reports what goes wrong (a full mailbox, an unknown name, a
// failed mmap) by throwing; programs catch these. Without exceptions it refuses
// to compile, with one #error, here (docs/build_modes.md); the missing include
// after it stops the compiler, so no cascade follows. The compile-time model
// (<klass/klass.hpp>) works without exceptions.
#if !KLASS_EXCEPTIONS
#error "klass: the runtime layer (<klass/runtime.hpp>) needs C++ exceptions (it throws klass::runtime::unknown_name, message_too_large, ...); build with exceptions, or use only the compile-time model (<klass/klass.hpp>), which works without them"
#include "klass: compilation stops here (see the error above)"
#endif

namespace klass::runtime {

namespace detail {

// A name as Python's repr() shows a str of bytes: in quotes, unprintable bytes
// escaped (\x00, \n, ...), so a name with NULs or newlines still reads clearly.
inline std::string quoted(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "'";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\'' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte >= 0x7f) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

}  // namespace detail

// No live entry is registered under this name (never created, or released):
// Python's `KeyError` from `Component_Resolve[name]`.
class unknown_name : public std::out_of_range {
 public:
  explicit unknown_name(std::string_view name)
      : std::out_of_range("klass: unknown name " + detail::quoted(name) +
                          ": no live instance is registered under it"),
        name_(name) {}
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string name_;
};

// A second entry was created under a name that is already registered.
class duplicate_name : public std::invalid_argument {
 public:
  explicit duplicate_name(std::string_view name)
      : std::invalid_argument("klass: the name " + detail::quoted(name) +
                              " is already registered; release it first"),
        name_(name) {}
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string name_;
};

// A message that does not fit in the recipient's mailbox. Nothing was written.
class message_too_large : public std::length_error {
 public:
  message_too_large(std::string_view recipient, std::size_t message_size, std::size_t needed_bytes,
                    std::size_t free_bytes, std::size_t capacity)
      : std::length_error(describe(recipient, message_size, needed_bytes, free_bytes, capacity)),
        recipient_(recipient),
        message_size_(message_size),
        needed_bytes_(needed_bytes),
        free_bytes_(free_bytes),
        capacity_(capacity) {}

  [[nodiscard]] const std::string& recipient() const noexcept { return recipient_; }
  [[nodiscard]] std::size_t message_size() const noexcept { return message_size_; }
  // What the message would take with its framing, what was free in the
  // mailbox when it was refused, and the mailbox's capacity.
  [[nodiscard]] std::size_t needed_bytes() const noexcept { return needed_bytes_; }
  [[nodiscard]] std::size_t free_bytes() const noexcept { return free_bytes_; }
  [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }

 private:
  static std::string describe(std::string_view recipient, std::size_t size, std::size_t needed,
                              std::size_t free_bytes, std::size_t capacity) {
    std::string who = recipient.empty() ? std::string("the mailbox")
                                        : "the mailbox of " + detail::quoted(recipient);
    return "klass: a message of " + std::to_string(size) + " bytes does not fit in " + who + ": it needs " +
           std::to_string(needed) + " bytes with its framing and " + std::to_string(free_bytes) + " of " +
           std::to_string(capacity) + " are free";
  }

  std::string recipient_;
  std::size_t message_size_;
  std::size_t needed_bytes_;
  std::size_t free_bytes_;
  std::size_t capacity_;
};

// The bytes of a mailbox do not hold a valid sequence of frames (someone wrote
// into the region behind the mailbox's back). Reported, never read past.
class mailbox_corrupt : public std::runtime_error {
 public:
  explicit mailbox_corrupt(const std::string& what) : std::runtime_error("klass: corrupt mailbox: " + what) {}
};

namespace detail {

// A failed mmap/munmap: std::system_error with the call's errno.
[[noreturn]] inline void throw_errno(int error, const std::string& what) {
  throw std::system_error(error, std::generic_category(), "klass: " + what);
}

}  // namespace detail

}  // namespace klass::runtime

#endif
