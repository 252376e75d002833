// klass/mro.hpp — the method resolution order (C3, as CPython computes `__mro__`) and issubclass.
#ifndef KLASS_MRO_HPP
#define KLASS_MRO_HPP

#include <array>
#include <cstddef>
#include <cstdint>
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

// The outcome of a class whose own MRO could be computed (or refused): `list` is
// the MRO (empty when refused), `ids`/`hashes` describe it for the merges of
// subclasses, `named` the classes CPython's message names, `root` the class whose
// creation fails (the class itself, or the first base that cannot be created).
template <class C, mro_status Status, class List, class Named = type_list<>, class Root = C>
struct mro_record {
  static constexpr mro_status status = Status;
  using list = List;
  using named = Named;
  using root = Root;
  static constexpr std::size_t length = List::size;
};

template <class C, class List>
struct consistent_mro : mro_record<C, mro_status::consistent, List> {};

template <class... Ts>
struct consistent_mro_arrays {
  static constexpr std::array<type_id, sizeof...(Ts)> ids{id_of<Ts>...};
  static constexpr std::array<std::uint64_t, sizeof...(Ts)> hashes{hash_of<Ts>...};
};
template <class C, class... Ts>
struct consistent_mro<C, type_list<Ts...>>
    : mro_record<C, mro_status::consistent, type_list<Ts...>>, consistent_mro_arrays<Ts...> {};

template <class C, class... Bases>
constexpr std::size_t first_refused_base() {
  constexpr bool ok[] = {mro_info<Bases>::status == mro_status::consistent...};
  for (std::size_t i = 0; i != sizeof...(Bases); ++i)
    if (!ok[i]) return i;
  return sizeof...(Bases);
}

// The classes named by a failed merge, read back from their positions.
template <class Sources, const auto& Outcome, class Indices>
struct named_classes;
template <class Sources, const auto& Outcome, std::size_t... I>
struct named_classes<Sources, Outcome, std::index_sequence<I...>> {
  using type = type_list<at<Outcome.blocking[I].offset, at<Outcome.blocking[I].sequence, Sources>>...>;
};
template <class C, class Sources, const auto& Outcome, class Indices>
struct merged_list;
template <class C, class Sources, const auto& Outcome, std::size_t... I>
struct merged_list<C, Sources, Outcome, std::index_sequence<I...>> {
  using type = type_list<C, at<Outcome.order[I].offset, at<Outcome.order[I].sequence, Sources>>...>;
};

template <class C, class... Bases>
struct merge_bases {
  using sources = type_list<typename mro_info<Bases>::list..., type_list<Bases...>>;
  static constexpr std::array<type_id, sizeof...(Bases)> base_ids{id_of<Bases>...};
  static constexpr std::array<std::uint64_t, sizeof...(Bases)> base_hashes{hash_of<Bases>...};
  static constexpr std::size_t total = (mro_info<Bases>::length + ... + sizeof...(Bases));
  static constexpr c3_sequence sequences[] = {
      {mro_info<Bases>::ids.data(), mro_info<Bases>::hashes.data(), mro_info<Bases>::length}...,
      {base_ids.data(), base_hashes.data(), sizeof...(Bases)}};
  static constexpr auto outcome = c3_merge<total, sizeof...(Bases) + 1>(sequences);
  using named = typename named_classes<sources, outcome, std::make_index_sequence<outcome.blocking_count>>::type;
};

template <class C, class Merge, mro_status = Merge::outcome.status>
struct merged_mro : mro_record<C, Merge::outcome.status, type_list<>, typename Merge::named> {};
template <class C, class Merge>
struct merged_mro<C, Merge, mro_status::consistent>
    : consistent_mro<C, typename merged_list<C, typename Merge::sources, Merge::outcome,
                                             std::make_index_sequence<Merge::outcome.length>>::type> {};

template <class C, class Bases, std::size_t Refused>
struct compute_mro;

// A base that cannot be created makes the class impossible too; its error is the one reported.
template <class C, class... Bases, std::size_t Refused>
struct compute_mro<C, type_list<Bases...>, Refused>
    : mro_record<C, mro_status::inconsistent_base, type_list<>,
                 typename mro_info<at<Refused, type_list<Bases...>>>::named,
                 typename mro_info<at<Refused, type_list<Bases...>>>::root> {};

// One base: CPython skips the merge, the MRO is the class then its base's MRO.
template <class C, class Base>
struct compute_mro<C, type_list<Base>, 1>
    : consistent_mro<C, concat<type_list<C>, typename mro_info<Base>::list>> {};

template <class C, class Base1, class Base2, class... Bases>
struct compute_mro<C, type_list<Base1, Base2, Bases...>, sizeof...(Bases) + 2>
    : merged_mro<C, merge_bases<C, Base1, Base2, Bases...>> {};

template <class C, class Bases>
struct refused_base_of;
template <class C, class... Bases>
struct refused_base_of<C, type_list<Bases...>> {
  static constexpr std::size_t value = first_refused_base<C, Bases...>();
};

// Memoized per class: every query about C's MRO reads this one instantiation.
template <class C>
struct mro_info : compute_mro<C, bases_of<C>, refused_base_of<C, bases_of<C>>::value> {};

template <>
struct mro_info<object> : consistent_mro<object, type_list<object>> {};

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
  static void raise() {
    KLASS_DETAIL_RAISE(TypeError, "Cannot create a consistent method resolution order (MRO) for bases",
                       (python_listing<"Cannot create a consistent method resolution order (MRO) for bases",
                                       Named...>::value),
                       error::for_bases<Named...>);
  }
};
template <class Duplicate>
struct mro_error<mro_status::duplicate_base, type_list<Duplicate>> {
  static void raise() {
    KLASS_DETAIL_RAISE(TypeError, "duplicate base class",
                       (python_listing<"duplicate base class", Duplicate>::value),
                       error::duplicate_base_class<Duplicate>);
  }
};

// The user-facing check: false, and the error of the class whose creation fails.
template <class C, class Root = mro_info<typename mro_info<C>::root>>
inline constexpr auto raise_mro_error = &mro_error<Root::status, typename Root::named>::raise;
template <class C, bool Consistent = mro_info<C>::status == mro_status::consistent>
inline constexpr bool mro_check = true;
template <class C>
inline constexpr bool mro_check<C, false> = (static_cast<void>(raise_mro_error<C>), false);

template <class C>
constexpr auto checked_mro() {
  if constexpr (mro_check<C>)
    return to_hana(typename mro_info<C>::list{});
  else
    return boost::hana::tuple<>{};
}

template <class D, class B>
constexpr bool mro_contains() {
  for (type_id id : mro_info<D>::ids)
    if (id == id_of<B>) return true;
  return false;
}

template <class D, class B, bool = mro_check<D>>
inline constexpr bool is_subclass = mro_contains<D, B>();
template <class D, class B>
inline constexpr bool is_subclass<D, B, false> = false;

}  // namespace detail

// __mro__: a Hana tuple of hana::type, C first and klass::object last. Using it on
// a class CPython would refuse stops the build with CPython's TypeError message.
template <class_type C>
inline constexpr auto mro = detail::checked_mro<C>();

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

}  // namespace klass

#endif
