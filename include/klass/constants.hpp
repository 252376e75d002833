// klass/constants.hpp — Python's constants: None (klass::none) and NotImplemented.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CONSTANTS_HPP
#define KLASS_CONSTANTS_HPP

namespace klass {

// Python's None where the protocol passes "no instance": get(none, owner) is
// attribute access on the class itself.
struct none_t {
  friend constexpr bool operator==(none_t, none_t) { return true; }
};
inline constexpr none_t none{};

// Python's NotImplemented, for __subclasshook__ to say "no opinion".
struct not_implemented_t {};
inline constexpr not_implemented_t NotImplemented{};

}  // namespace klass

#endif
