// klass/detail/fixed_string.hpp — a string usable as a template argument and built in constexpr code.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_FIXED_STRING_HPP
#define KLASS_DETAIL_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace klass::detail {

// A structural string: it can be a non-type template argument (so a diagnostic can
// carry a message computed at compile time) and it is filled by constexpr code.
template <std::size_t N>
struct fixed_string {
  char text[N + 1]{};

  constexpr fixed_string() = default;
  constexpr fixed_string(const char (&literal)[N + 1]) {
    for (std::size_t i = 0; i != N + 1; ++i) text[i] = literal[i];
  }

  static constexpr std::size_t size() { return N; }
  constexpr const char* data() const { return text; }  // a C++26 static_assert message reads size() and data()
  constexpr std::string_view view() const { return {text, N}; }
  constexpr operator std::string_view() const { return view(); }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

// Joins the pieces into a fixed_string whose size is the sum of theirs.
template <std::size_t N, class... Pieces>
constexpr fixed_string<N> concatenate(const Pieces&... pieces) {
  fixed_string<N> out{};
  std::size_t at = 0;
  auto append = [&](std::string_view piece) {
    for (char c : piece) out.text[at++] = c;
  };
  (append(std::string_view(pieces)), ...);
  return out;
}

// The pieces of an array of string_views, joined.
template <std::size_t Count>
constexpr std::size_t total_size(const std::string_view (&pieces)[Count]) {
  std::size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  return size;
}
template <std::size_t N, std::size_t Count>
constexpr fixed_string<N> concatenate_all(const std::string_view (&pieces)[Count]) {
  fixed_string<N> out{};
  std::size_t at = 0;
  for (std::string_view piece : pieces)
    for (char c : piece) out.text[at++] = c;
  return out;
}

template <std::size_t N>
constexpr fixed_string<N> to_fixed(std::string_view text) {
  fixed_string<N> out{};
  for (std::size_t i = 0; i != N; ++i) out.text[i] = text[i];
  return out;
}

// join<"name '", name, "' is ..."> — a message assembled at compile time.
template <fixed_string... Pieces>
inline constexpr auto join = concatenate<(Pieces.size() + ... + 0)>(Pieces.view()...);

}  // namespace klass::detail

#endif
