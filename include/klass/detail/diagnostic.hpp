// klass/detail/diagnostic.hpp — how klass stops a build: one error, in Python's words.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_DIAGNOSTIC_HPP
#define KLASS_DETAIL_DIAGNOSTIC_HPP

#include <cstddef>
#include <string_view>

#include <klass/detail/fixed_string.hpp>

namespace klass::detail {

template <class...>
inline constexpr bool always_false = false;

// "<words> A, B, C": Python's message followed by the names it lists.
template <std::size_t N>
constexpr fixed_string<N> listing(std::string_view words, const std::string_view* names,
                                  std::size_t count) {
  fixed_string<N> out{};
  std::size_t at = 0;
  for (char c : words) out.text[at++] = c;
  for (std::size_t i = 0; i != count; ++i) {
    if (i != 0) out.text[at++] = ',';
    out.text[at++] = ' ';
    for (char c : names[i]) out.text[at++] = c;
  }
  return out;
}
constexpr std::size_t listing_size(std::string_view words, const std::string_view* names,
                                   std::size_t count) {
  std::size_t size = words.size() + (count ? 2 * count - 1 : 0);
  for (std::size_t i = 0; i != count; ++i) size += names[i].size();
  return size;
}

}  // namespace klass::detail

// KLASS_DETAIL_RAISE(Exception, "words", message, Subject...)
// (Exception is one of the compile-time exceptions of <klass/errors.hpp>, which
// the header using the macro includes.) Stops the build with exactly one error. clang (before C++26) cannot print a
// computed string, so it shows Python's words and the classes involved as the
// template arguments of Subject; g++ shows the complete computed message.
// `message` is only evaluated on g++.
//
// Put it in the body of a constexpr (member) function template and take that
// function's address where the check is needed: the body is instantiated apart
// from the expression asking, so the error is the only one on g++ and clang alike,
// and the asking expression stays a valid constant (no cascade). `constexpr`
// makes clang instantiate the body at once rather than at the end of the file, so
// its notes lead back to the user's line.
#if defined(__clang__)
#define KLASS_DETAIL_RAISE(Exception, words, message, ...) \
  static_assert(::klass::detail::always_false<__VA_ARGS__>, "klass: " #Exception ": " words)
#else
#define KLASS_DETAIL_RAISE(Exception, words, message, ...)      \
  static_assert(sizeof(::klass::Exception<message>) != 0,       \
                "klass: " #Exception ": " words)
#endif

#endif
