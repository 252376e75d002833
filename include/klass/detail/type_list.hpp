// klass/detail/type_list.hpp — the internal type sequence: concatenation and O(1) indexing.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_TYPE_LIST_HPP
#define KLASS_DETAIL_TYPE_LIST_HPP

#include <cstddef>
#include <utility>

#include <boost/hana/detail/operators/adl.hpp>

namespace klass::detail {

struct type_list_tag;

// A bare pack holder, and the public value of klass::mro and klass::bases_of
// (klass::type_list, <klass/type_list.hpp>): a
// Hana Sequence of hana::type (its Hana model is in <klass/type_list.hpp>), far
// cheaper to instantiate than a hana::tuple. The adl<> base brings Hana's == and
// != into argument-dependent lookup.
template <class... Ts>
struct type_list : boost::hana::detail::operators::adl<> {
  using hana_tag = type_list_tag;
  static constexpr std::size_t size = sizeof...(Ts);
};

struct type_list_tag {};


// Concatenation, eight lists per step: a fold over `+` nests one expression per
// list, and clang refuses more than 256 (-fbracket-depth) — a class's MRO can hold
// thousands of names; eight per step keeps instantiation depth at n / 8.
template <class... Lists>
struct concat_lists;
template <>
struct concat_lists<> {
  using type = type_list<>;
};
template <class... A>
struct concat_lists<type_list<A...>> {
  using type = type_list<A...>;
};
template <class... A, class... B>
struct concat_lists<type_list<A...>, type_list<B...>> {
  using type = type_list<A..., B...>;
};
template <class... A, class... B, class... C, class... Rest>
struct concat_lists<type_list<A...>, type_list<B...>, type_list<C...>, Rest...>
    : concat_lists<type_list<A..., B..., C...>, Rest...> {};
template <class... A, class... B, class... C, class... D, class... E, class... F, class... G, class... H,
          class... Rest>
struct concat_lists<type_list<A...>, type_list<B...>, type_list<C...>, type_list<D...>, type_list<E...>,
                    type_list<F...>, type_list<G...>, type_list<H...>, Rest...>
    : concat_lists<type_list<A..., B..., C..., D..., E..., F..., G..., H...>, Rest...> {};

template <class... Lists>
using concat = typename concat_lists<Lists...>::type;

// The I-th type of a pack. clang has a builtin; elsewhere overload resolution on a
// struct deriving from one `indexed<I, T>` per element picks it in one step.
#if defined(__has_builtin)
#if __has_builtin(__type_pack_element)
#define KLASS_DETAIL_HAS_TYPE_PACK_ELEMENT 1
#endif
#endif

// Each lookup is an alias, not a class: a class per (index, list) pair costs far
// more (memory above all) than the lookup itself, and merges make thousands.
#ifdef KLASS_DETAIL_HAS_TYPE_PACK_ELEMENT
template <class List>
struct pack_indexer;
template <class... Ts>
struct pack_indexer<type_list<Ts...>> {
  template <std::size_t I>
  using at = __type_pack_element<I, Ts...>;
};

template <std::size_t I, class List>
using at = typename pack_indexer<List>::template at<I>;
#else
// Position I is the parameter type char(*)[I + 1]: no conversion between two such
// types exists, so each candidate is rejected without looking at any class.
template <std::size_t I, class T>
struct indexed {
  using type = T;
  static indexed get(char (*)[I + 1]);
};
template <class Indices, class... Ts>
struct indexer;
template <std::size_t... I, class... Ts>
struct indexer<std::index_sequence<I...>, Ts...> : indexed<I, Ts>... {
  using indexed<I, Ts>::get...;
};

// The indexer of a list is one class, instantiated once per list and shared by
// every lookup into it.
template <class List>
struct indexer_of;
template <class... Ts>
struct indexer_of<type_list<Ts...>> {
  using type = indexer<std::index_sequence_for<Ts...>, Ts...>;
};

template <std::size_t I, class List>
using at = typename decltype(indexer_of<List>::type::get(static_cast<char (*)[I + 1]>(nullptr)))::type;
#endif

}  // namespace klass::detail

#endif
