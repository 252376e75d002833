// klass/mro.hpp — the method resolution order (C3, as CPython computes `__mro__`) and issubclass.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_MRO_HPP
#define KLASS_MRO_HPP

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/class.hpp>
#include <klass/detail/c3.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_list.hpp>

namespace klass {
namespace error {
// Named after the errors so that clang, which cannot print a computed message,
// shows the classes involved in the requirement it reports.
template <class... Classes>
struct for_bases;
template <class Class>
struct duplicate_base_class;
}  // namespace error

namespace detail {

template <class C>
struct mro_info;

// What is known of a class's MRO, memoized in mro_info<C>: `status` says whether
// it exists, `list` is it (empty when refused), `named` the classes CPython's
// message names, `root` the class whose creation fails (the class itself, or the
// first base, recursively, that cannot be created). A consistent class also has
// `node`, its MRO as the merges of its subclasses read it (c3.hpp).
template <class C, mro_status Status, class Named, class Root = C>
struct refused_mro {
  static constexpr mro_status status = Status;
  using list = type_list<>;
  using named = Named;
  using root = Root;
  static constexpr std::size_t length = 0;
};

template <class C, class List>
struct consistent_mro {
  static constexpr mro_status status = mro_status::consistent;
  using list = List;
  using named = type_list<>;
  using root = C;
  static constexpr std::size_t length = List::size;
};

// One base: CPython skips the merge, the MRO is the class then its base's MRO.
template <class C, class Base, class BaseList = typename mro_info<Base>::list>
struct single_base_mro;
template <class C, class Base, class... Ts>
struct single_base_mro<C, Base, type_list<Ts...>> : consistent_mro<C, type_list<C, Ts...>> {
  static constexpr mro_node node{id_of<C>, mro_key(mro_info<Base>::node), sizeof...(Ts) + 1,
                                 &mro_info<Base>::node, nullptr};
};

// The C3 merge of the bases' MROs and of the list of bases. It depends on the
// bases only, so classes declaring the same bases share it.
template <class... Bases>
struct c3_of {
  static constexpr std::size_t count = sizeof...(Bases);
  static constexpr const mro_node* bases[] = {&mro_info<Bases>::node...};
  static constexpr auto outcome = c3_merge<(mro_info<Bases>::length + ... + count), count>(bases);
  // The merge's sequences as types, concatenated: an outcome's position names one class.
  using sources = concat<typename mro_info<Bases>::list..., type_list<Bases...>>;
};

template <class C, class Merge, class Indices>
struct merged_list;
template <class C, class Merge, std::size_t... I>
struct merged_list<C, Merge, std::index_sequence<I...>> {
  using type = type_list<C, at<Merge::outcome.order[I], typename Merge::sources>...>;
};
template <class Merge, class Indices>
struct named_classes;
template <class Merge, std::size_t... I>
struct named_classes<Merge, std::index_sequence<I...>> {
  using type = type_list<at<Merge::outcome.blocking[I], typename Merge::sources>...>;
};

template <class C, class Merge, mro_status = Merge::outcome.status>
struct merged_mro
    : refused_mro<C, Merge::outcome.status,
                  typename named_classes<Merge, std::make_index_sequence<Merge::outcome.blocking_count>>::type> {};
template <class C, class Merge>
struct merged_mro<C, Merge, mro_status::consistent>
    : consistent_mro<C, typename merged_list<C, Merge, std::make_index_sequence<Merge::outcome.length>>::type> {
  static constexpr mro_node node{id_of<C>, mro_key(Merge::bases, Merge::count), Merge::outcome.length + 1,
                                 nullptr, Merge::outcome.nodes};
};

template <class... Bases>
constexpr std::size_t first_refused_base() {
  constexpr bool ok[] = {mro_info<Bases>::status == mro_status::consistent...};
  for (std::size_t i = 0; i != sizeof...(Bases); ++i)
    if (!ok[i]) return i;
  return sizeof...(Bases);
}

template <class Bases>
struct all_bases_exist;
template <class... Bases>
struct all_bases_exist<type_list<Bases...>> {
  static constexpr bool value = ((mro_info<Bases>::status == mro_status::consistent) && ...);
};

template <class C, class Bases, bool = all_bases_exist<Bases>::value>
struct mro_from_bases;

// A base that cannot be created makes the class impossible too; its error is the one reported.
template <class C, class Refused>
struct refused_base_mro : refused_mro<C, mro_status::inconsistent_base, typename mro_info<Refused>::named,
                                      typename mro_info<Refused>::root> {};
template <class C, class... Bases>
struct mro_from_bases<C, type_list<Bases...>, false>
    : refused_base_mro<C, at<first_refused_base<Bases...>(), type_list<Bases...>>> {};

template <class C, class Base>
struct mro_from_bases<C, type_list<Base>, true> : single_base_mro<C, Base> {};

template <class C, class Base1, class Base2, class... Bases>
struct mro_from_bases<C, type_list<Base1, Base2, Bases...>, true>
    : merged_mro<C, c3_of<Base1, Base2, Bases...>> {};

// Memoized per class: every query about C's MRO reads this one instantiation.
template <class C>
struct mro_info : mro_from_bases<C, bases_of<C>> {};

template <>
struct mro_info<object> : consistent_mro<object, type_list<object>> {
  static constexpr mro_node node{id_of<object>, 0, 1, nullptr, nullptr};
};

// "<words> A, B": the message CPython gives, with its class names.
template <fixed_string Words, class... Classes>
struct python_listing {
  static constexpr std::string_view names[sizeof...(Classes) + 1] = {klass::name<Classes>..., {}};
  static constexpr std::size_t size = listing_size(Words.view(), names, sizeof...(Classes));
  static constexpr auto value = listing<size>(Words.view(), names, sizeof...(Classes));
};

// The errors CPython raises when it refuses the bases.
template <mro_status Status, class Named>
struct mro_error;
template <class... Named>
struct mro_error<mro_status::inconsistent, type_list<Named...>> {
  KLASS_DETAIL_ERROR(mro_error, TypeError, "Cannot create a consistent method resolution order (MRO) for bases",
                     (python_listing<"Cannot create a consistent method resolution order (MRO) for bases",
                                     Named...>::value),
                     error::for_bases<Named...>);
};
template <class Duplicate>
struct mro_error<mro_status::duplicate_base, type_list<Duplicate>> {
  KLASS_DETAIL_ERROR(mro_error, TypeError, "duplicate base class",
                     (python_listing<"duplicate base class", Duplicate>::value),
                     error::duplicate_base_class<Duplicate>);
};

// Whether C can be created; if not, the refusal: the error of the class whose
// creation fails (C, or the first base that cannot be created).
template <class C>
inline constexpr bool mro_exists = mro_info<C>::status == mro_status::consistent;
template <class C, class Root = mro_info<typename mro_info<C>::root>>
using mro_refusal = refusal<mro_error<Root::status, typename Root::named>>;

// The user-facing check: false, after the error.
template <class C, bool Consistent = mro_exists<C>>
inline constexpr bool mro_check = true;
template <class C>
inline constexpr bool mro_check<C, false> = (KLASS_DETAIL_REPORT(error_of<mro_refusal<C>>), false);

// The type of klass::mro<C>: hana::tuple<hana::type<C>, ..., hana::type<object>>,
// value-initialized in place (no copy of a hana::tuple_t to instantiate); for a
// refused class, the refusal itself, so that asking for klass::mro<C> is the one
// error and an expression using it adds none.
template <class C, class List = typename mro_info<C>::list, bool = mro_exists<C>>
struct mro_tuple {
  using type = refused_t<mro_refusal<C>>;
};
template <class C, class... Ts>
struct mro_tuple<C, type_list<Ts...>, true> {
  using type = boost::hana::tuple<boost::hana::type<Ts>...>;
};

template <class D, class B, bool = mro_check<D>>
inline constexpr bool is_subclass = mro_contains(&mro_info<D>::node, id_of<B>);
template <class D, class B>
inline constexpr bool is_subclass<D, B, false> = false;

}  // namespace detail

// __mro__: a Hana tuple of hana::type, C first and klass::object last. Using it on
// a class CPython would refuse stops the build with CPython's TypeError message.
template <class_type C>
inline constexpr auto mro = typename detail::mro_tuple<C>::type{};

// Queries that never stop the build.
template <class_type C>
inline constexpr mro_status mro_status_of = detail::mro_info<C>::status;
template <class_type C>
inline constexpr bool has_consistent_mro = mro_status_of<C> == mro_status::consistent;
// The classes CPython's error names (the blocking heads in CPython's order, or
// the duplicated base); empty when the MRO is consistent.
template <class_type C>
inline constexpr auto mro_conflict = detail::to_hana(typename detail::mro_info<C>::named{});
// The class whose creation fails: C itself, or the first of its bases (recursively)
// that cannot be created. For a consistent class, C.
template <class_type C>
inline constexpr auto mro_failing_class = boost::hana::type_c<typename detail::mro_info<C>::root>;

namespace detail {
// What ABCMeta.__subclasscheck__ adds for abstract base classes (<klass/abc.hpp>):
// 1 = a subclass, 0 = not one (even if in the MRO), -1 = no opinion.
template <class D, class B>
struct abc_subclass_check {
  static constexpr int value = -1;
};
}  // namespace detail

// issubclass(D, B): B appears in D's MRO, or B is an ABC that says so (a
// registered virtual subclass, or its __subclasshook__).
template <class_type D, class_type B>
inline constexpr bool issubclass =
    detail::abc_subclass_check<D, B>::value == 1 ||
    (detail::abc_subclass_check<D, B>::value == -1 && detail::is_subclass<D, B>);
// A class CPython would not create: its TypeError, and no value to use.
template <class_type D, class_type B>
  requires(!detail::mro_exists<D>)
inline constexpr auto issubclass<D, B> = detail::refused_t<detail::mro_refusal<D>>{};

}  // namespace klass

#endif
