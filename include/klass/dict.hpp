// klass/dict.hpp — the class namespace: `static constexpr auto dict = klass::dict("x"_a = v, ...)`.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DICT_HPP
#define KLASS_DICT_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/descriptors.hpp>
#include <klass/declaration.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/errors.hpp>
#include <klass/names.hpp>

namespace klass {

namespace detail {
template <class Key, class... Entries>
inline constexpr bool has_key = (std::is_same_v<typename Entries::key, Key> || ...);

// The last of the entries with the given key (a later assignment wins).
template <class Key, class First, class... Rest>
constexpr auto last_with_key(const First& first, const Rest&... rest) {
  if constexpr ((std::is_same_v<typename Rest::key, Key> || ...))
    return last_with_key<Key>(rest...);
  else if constexpr (std::is_same_v<typename First::key, Key>)
    return first;
  else
    return last_with_key<Key>(rest...);
}

template <class Key, class... Entries>
using last_with_key_t = std::remove_cvref_t<decltype(last_with_key<Key>(std::declval<const Entries&>()...))>;

// ns.with(...) keeps each existing entry in place, replaced when assigned again...
template <bool Replaced, class Existing, class... Added>
struct replaced_type {
  using type = Existing;
};
template <class Existing, class... Added>
struct replaced_type<true, Existing, Added...> {
  using type = last_with_key_t<typename Existing::key, Added...>;
};
template <class Existing, class... Added>
using replaced_t = typename replaced_type<has_key<typename Existing::key, Added...>, Existing, Added...>::type;
template <class Existing, class Dict, class... Added>
constexpr replaced_t<Existing, Added...> replaced(const Dict& dict, const Added&... added) {
  if constexpr (has_key<typename Existing::key, Added...>)
    return last_with_key<typename Existing::key>(added...);
  else
    return static_cast<const Existing&>(dict);
}
// ...and appends the new names, once each (at the last assignment's value).
template <class Keys, class... Added>
struct appended {
  using type = type_list<>;
};
template <class... Keys, class First, class... Rest>
struct appended<type_list<Keys...>, First, Rest...> {
  static constexpr bool fresh =
      !has_key<typename First::key, entry<Keys, int>...> && !has_key<typename First::key, Rest...>;
  using type = concat<std::conditional_t<fresh, type_list<First>, type_list<>>,
                      typename appended<type_list<Keys...>, Rest...>::type>;
};
template <class Keys, class... Added>
using appended_t = typename appended<Keys, Added...>::type;

}  // namespace detail

// A class namespace: one entry per name. It derives from its entries, so reading
// an entry by name is one overload resolution, not a search.
template <class... Entries>
struct dict_t : Entries... {
  using keys = detail::type_list<typename Entries::key...>;
  using values = detail::type_list<typename Entries::value_type...>;
  static constexpr std::size_t size = sizeof...(Entries);

  // C::dict["x"_a]: the value as written in the class body (Python's C.__dict__['x']).
  template <char... Chars>
  constexpr const auto& operator[](attr<Chars...> name) const {
    static_cast<void>(name);
    return get<attr<Chars...>>(*this);
  }

  // The names, as a Hana tuple of hana::type<klass::attr<...>>, in declaration order.
  static constexpr auto names() { return boost::hana::tuple_t<typename Entries::key...>; }

  // A copy with entries set as Python's ns['x'] = v does: an existing name keeps
  // its place and takes the new value, a new name is appended.
  template <class... Keys, class... Values>
  constexpr auto with(entry<Keys, Values>... added) const {
    return with_impl(detail::type_list<entry<Keys, Values>...>{}, added...);
  }

 private:
  template <class Key, class Value>
  static constexpr const Value& get(const entry<Key, Value>& found) {
    return found.value;
  }

  template <class... Kept, class... New, class... Added>
  constexpr auto build(detail::type_list<Kept...>, detail::type_list<New...>, const Added&... added) const {
    return dict_t<Kept..., New...>{detail::replaced<Entries>(*this, added...)...,
                                   detail::last_with_key<typename New::key>(added...)...};
  }
  template <class... Added>
  constexpr auto with_impl(detail::type_list<Added...>, const Added&... added) const {
    using kept = detail::type_list<detail::replaced_t<Entries, Added...>...>;
    using appended = detail::appended_t<keys, Added...>;
    return build(kept{}, appended{}, added...);
  }
};

namespace error {
template <class Name>
struct name_given_twice_in_one_class_dict;
}  // namespace error

namespace detail {

template <class... Keys>
constexpr std::size_t first_repeated_key() {
  constexpr type_id ids[] = {id_of<Keys>..., nullptr};
  for (std::size_t i = 0; i != sizeof...(Keys); ++i)
    for (std::size_t j = i + 1; j != sizeof...(Keys); ++j)
      if (ids[i] == ids[j]) return i;
  return sizeof...(Keys);
}

template <class Name>
struct repeated_name_error {
  KLASS_DETAIL_ERROR(repeated_name_error, SyntaxError, "a name is given twice in one class dict",
                     (join<"name '", Name::fixed, "' is given twice in one class dict">),
                     error::name_given_twice_in_one_class_dict<Name>);
};

}  // namespace detail

// Python lets a class body bind a name twice (the last binding wins); a klass
// dict is a single declaration, so a repeated name is a mistake and refused.
template <class... Keys, class... Values>
constexpr auto dict(entry<Keys, Values>... entries) {
  constexpr std::size_t repeated = detail::first_repeated_key<Keys...>();
  if constexpr (repeated != sizeof...(Keys)) {
    KLASS_DETAIL_REPORT(detail::repeated_name_error<detail::at<repeated, detail::type_list<Keys...>>>);
    return dict_t<>{}.with(entries...);  // what Python's class body makes of it (the last binding wins): no more errors
  } else {
    return dict_t<entry<Keys, Values>...>{entries...};
  }
}

namespace detail {
template <class C>
concept declares_dict = declaration_readable<C> && requires { C::dict; };

inline constexpr dict_t<> empty_dict{};

// The namespace as the class body wrote it: its `dict`, or an empty one.
template <class C>
constexpr const auto& declared_dict() {
  if constexpr (declares_dict<C>)
    return C::dict;
  else
    return empty_dict;
}

// "Not found", for the positions lookups compute.
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);
}  // namespace detail

}  // namespace klass

#endif
