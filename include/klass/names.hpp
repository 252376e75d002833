// klass/names.hpp — compile-time attribute names: "x"_a, and the `"x"_a = value` entries of a class dict.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_NAMES_HPP
#define KLASS_NAMES_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/detail/fixed_string.hpp>

namespace klass {

template <class Key, class Value>
struct entry;

// An attribute name known at compile time. Each name is its own empty type, so a
// lookup by name is decided by the compiler and costs nothing at run time. The
// characters are template arguments so that every compiler can print the name in
// a diagnostic (klass::attr<'f', 'o', 'o'>).
template <char... Chars>
struct attr {
  static constexpr char text[sizeof...(Chars) + 1] = {Chars..., '\0'};
  static constexpr std::string_view name{text, sizeof...(Chars)};
  static constexpr detail::fixed_string<sizeof...(Chars)> fixed{text};
  constexpr operator std::string_view() const { return name; }

  // "x"_a = value: one entry of a class namespace. A string literal is stored as
  // std::string_view (compared by content, as Python's str is). (A pointer converts
  // to std::string_view when it points to char; asking std::is_convertible instead
  // weighs string_view's constructors for every value of every dict.)
  template <class Value>
  constexpr auto operator=(Value&& value) const {
    using stored = std::conditional_t<std::is_same_v<std::decay_t<Value>, const char*> ||
                                          std::is_same_v<std::decay_t<Value>, char*>,
                                      std::string_view, std::decay_t<Value>>;
    return entry<attr, stored>{stored(std::forward<Value>(value))};
  }
};

// A name and its value: an entry of a class dict, or a keyword argument.
template <class Key, class Value>
struct entry {
  using key = Key;
  using value_type = Value;
  static constexpr std::string_view name = Key::name;
  Value value;
};

namespace detail {
template <class T>
struct is_attr : std::false_type {};
template <char... Chars>
struct is_attr<attr<Chars...>> : std::true_type {};

template <fixed_string Name, std::size_t... I>
constexpr attr<Name.text[I]...> make_attr(std::index_sequence<I...>) {
  return {};
}
}  // namespace detail

// The concept of a compile-time attribute name.
template <class T>
concept attribute_name = detail::is_attr<std::remove_cvref_t<T>>::value;

// attr_c<"x"> is the type of "x"_a, for use where a literal cannot be written.
template <detail::fixed_string Name>
using attr_c = decltype(detail::make_attr<Name>(std::make_index_sequence<Name.size()>{}));

namespace literals {
// "x"_a names the attribute x.
template <detail::fixed_string Name>
constexpr attr_c<Name> operator""_a() {
  return {};
}
}  // namespace literals

}  // namespace klass

#endif
