// klass/type_list.hpp — klass::type_list: the Hana sequence of classes that klass::mro and klass::bases_of are.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_TYPE_LIST_HPP
#define KLASS_TYPE_LIST_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/hana/bool.hpp>
#include <boost/hana/fwd/at.hpp>
#include <boost/hana/fwd/concept/sequence.hpp>
#include <boost/hana/fwd/contains.hpp>
#include <boost/hana/fwd/core/make.hpp>
#include <boost/hana/fwd/drop_front.hpp>
#include <boost/hana/fwd/equal.hpp>
#include <boost/hana/fwd/is_empty.hpp>
#include <boost/hana/fwd/length.hpp>
#include <boost/hana/fwd/unpack.hpp>
#include <boost/hana/detail/operators/comparable.hpp>
#include <boost/hana/integral_constant.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/detail/type_list.hpp>

namespace klass {
// The type of klass::mro<C>, klass::bases_of<C> and klass::mro_conflict<C>: an
// empty class naming its types, which models Hana's Sequence (below).
template <class... Ts>
using type_list = detail::type_list<Ts...>;
// Its Hana tag.
using type_list_tag = detail::type_list_tag;
}  // namespace klass

// klass::type_list<Ts...> (declared in <klass/detail/type_list.hpp>, where klass's
// internals use it) is an empty class naming its types: a Hana Sequence whose
// elements are hana::type<Ts>... . Hana's algorithms run on it as on
// hana::tuple_t<Ts...>, and it compares equal to that tuple; but it costs one class
// per list, where a hana::tuple of n types instantiates n storage bases and its
// constructors. Elements are made when an algorithm asks for them.
namespace boost::hana {

// Comparable: hana's == and != (found through the adl<> base of klass::type_list).
namespace detail {
template <>
struct comparable_operators<klass::type_list_tag> {
  static constexpr bool value = true;
};
}  // namespace detail

// Foldable: f(hana::type_c<Ts>...).
template <>
struct unpack_impl<klass::type_list_tag> {
  template <class... Ts, class F>
  static constexpr decltype(auto) apply(klass::type_list<Ts...> const&, F&& f) {
    return static_cast<F&&>(f)(hana::type<Ts>{}...);
  }
};

template <>
struct length_impl<klass::type_list_tag> {
  template <class... Ts>
  static constexpr auto apply(klass::type_list<Ts...> const&) {
    return hana::size_c<sizeof...(Ts)>;
  }
};

// Iterable: the N-th element, the list without its first N, emptiness.
template <>
struct at_impl<klass::type_list_tag> {
  template <class List, class N>
  static constexpr auto apply(List const&, N const&) {
    return hana::type<klass::detail::at<N::value, List>>{};
  }
};

template <>
struct drop_front_impl<klass::type_list_tag> {
  template <std::size_t N, class List, std::size_t... I>
  static constexpr auto rest(std::index_sequence<I...>) {
    return klass::type_list<klass::detail::at<N + I, List>...>{};
  }
  template <class List, class N>
  static constexpr auto apply(List const&, N const&) {
    return rest<N::value, List>(std::make_index_sequence<(N::value < List::size ? List::size - N::value : 0)>{});
  }
};

template <>
struct is_empty_impl<klass::type_list_tag> {
  template <class... Ts>
  static constexpr auto apply(klass::type_list<Ts...> const&) {
    return hana::bool_c<sizeof...(Ts) == 0>;
  }
};

// Searchable: a type is found by comparing types, without an equal per element.
template <>
struct contains_impl<klass::type_list_tag> {
  template <class... Ts, class Key>
  static constexpr auto apply(klass::type_list<Ts...> const& xs, Key const& key) {
    if constexpr (std::is_same_v<typename hana::tag_of<Key>::type, hana::type_tag>)
      return hana::bool_c<(std::is_same_v<Ts, typename Key::type> || ...)>;
    else
      return contains_impl<typename hana::tag_of<klass::type_list<Ts...>>::type, when<true>>::apply(xs, key);
  }
};

// Comparable: two lists are equal when they name the same types.
template <>
struct equal_impl<klass::type_list_tag, klass::type_list_tag> {
  template <class... Ts, class... Us>
  static constexpr auto apply(klass::type_list<Ts...> const&, klass::type_list<Us...> const&) {
    return hana::bool_c<std::is_same_v<klass::type_list<Ts...>, klass::type_list<Us...>>>;
  }
};

// Sequence: what an algorithm builds from a list (transform, filter, reverse, ...)
// is a type_list again when every element is a hana::type, else a hana::tuple.
template <>
struct Sequence<klass::type_list_tag> {
  static constexpr bool value = true;
};

template <>
struct make_impl<klass::type_list_tag> {
  template <class... Xs>
  static constexpr auto apply(Xs&&... xs) {
    if constexpr ((std::is_same_v<typename hana::tag_of<Xs>::type, hana::type_tag> && ...))
      return klass::type_list<typename std::remove_cvref_t<Xs>::type...>{};
    else
      return hana::make_tuple(static_cast<Xs&&>(xs)...);
  }
};

}  // namespace boost::hana

#endif
