// klass/runtime/options.hpp — the seed's class-level `defaults`: a small ordered mapping with compile-time keys, merged with keyword arguments.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_OPTIONS_HPP
#define KLASS_RUNTIME_OPTIONS_HPP

#include <cstddef>
#include <type_traits>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/klass.hpp>

namespace klass::runtime {

namespace error {
// Named after the error, so that clang, which cannot print a computed message, shows the option.
template <class Class, class Name> struct option_given_twice_in_defaults;
}  // namespace error

// ---- options: the class-level `defaults` --------------------------------------

// A small, ordered, compile-time-keyed mapping of options: Base's `defaults`.
// `klass::runtime::options("memory_size"_a = std::size_t{4096}, ...)`; a plain
// class attribute (it has no get/set/del, so it is no descriptor).
template <class... Entries>
struct options_t : Entries... {
  using keys = klass::detail::type_list<typename Entries::key...>;
  static constexpr std::size_t size = sizeof...(Entries);

  // defaults["memory_size"_a]
  template <char... Cs>
  constexpr const auto& operator[](attr<Cs...>) const {
    return value_of<attr<Cs...>>(*this);
  }
  // "memory_size" in defaults
  template <char... Cs>
  static constexpr bool contains(attr<Cs...>) {
    return (std::is_same_v<typename Entries::key, attr<Cs...>> || ...);
  }
  // The names, as a Hana tuple of hana::type<klass::attr<...>>, in order.
  static constexpr auto names() { return boost::hana::tuple_t<typename Entries::key...>; }
  // visit(name, value) for each option, in order (the seed's attribute_setter(**options)).
  template <class Visit>
  constexpr void for_each(Visit&& visit) const {
    (visit(typename Entries::key{}, static_cast<const Entries&>(*this).value), ...);
  }

 private:
  template <class Key, class Value>
  static constexpr const Value& value_of(const klass::entry<Key, Value>& found) {
    return found.value;
  }
};

namespace detail {
template <class Name>
struct option_errors {
  struct given_twice {
    KLASS_DETAIL_ERROR(given_twice, SyntaxError, "an option is given twice in one defaults",
                       (klass::detail::join<"option '", Name::fixed, "' is given twice in one defaults">),
                       error::option_given_twice_in_defaults<void, Name>);
  };
};
}  // namespace detail

template <class... Keys, class... Values>
constexpr auto options(klass::entry<Keys, Values>... entries) {
  constexpr std::size_t repeated = klass::detail::first_repeated_key<Keys...>();
  if constexpr (repeated != sizeof...(Keys)) {
    KLASS_DETAIL_REPORT(typename detail::option_errors<klass::detail::at<repeated, klass::detail::type_list<Keys...>>>::given_twice);
    return options_t<>{};
  } else {
    return options_t<klass::entry<Keys, Values>...>{entries...};
  }
}

namespace detail {
template <class T>
inline constexpr bool is_keyword = false;
template <class K, class V>
inline constexpr bool is_keyword<klass::entry<K, V>> = true;

// The option E, from the last keyword argument of its name (converted to the
// option's type), or the default.
template <class E, class... Args>
constexpr E option_value(const E& fallback, const Args&... keywords) {
  if constexpr (klass::detail::has_key<typename E::key, Args...>)
    return E{static_cast<typename E::value_type>(klass::detail::last_with_key<typename E::key>(keywords...).value)};
  else
    return fallback;
}
}  // namespace detail

// options = defaults.copy(); options.update(keywords): every keyword must name an
// option (checked by Base.__init__ first, with Python's message).
template <class... Entries, class... Keywords>
constexpr options_t<Entries...> updated(const options_t<Entries...>& defaults, const Keywords&... keywords) {
  return options_t<Entries...>{detail::option_value(static_cast<const Entries&>(defaults), keywords...)...};
}

}  // namespace klass::runtime

#endif
