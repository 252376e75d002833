// klass/mro.hpp — the method resolution order (C3, as CPython computes `__mro__`).
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_MRO_HPP
#define KLASS_MRO_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/type.hpp>

#include <klass/class.hpp>
#include <klass/detail/c3.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/type_list.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/errors.hpp>

namespace klass {

// Why a class's method resolution order exists or not, as CPython decides it.
enum class mro_status {
  consistent,         // the C3 merge succeeded
  duplicate_base,     // "duplicate base class A"
  inconsistent,       // "Cannot create a consistent method resolution order (MRO) for bases X, Y"
  inconsistent_base,  // a base itself cannot be created, so neither can this class
  not_a_class_base,   // klass: a base is not a klass class (not a class type, or its bases not a klass::bases list)
};

namespace error {
// Named after the errors so that clang, which cannot print a computed message,
// shows the classes involved in the requirement it reports.
template <class... Classes>
struct for_bases;
template <class Class>
struct duplicate_base_class;
// Beyond CPython: the ordering constraints that contradict each other.
template <class... Constraints>
struct because;
template <class Before, class After, class Where>
struct precedes;
template <class Class>
struct in_bases_of;
template <class Class>
struct in_mro_of;
template <class Subclass, class Base>
struct derives_from;
template <class Base, class Class>
struct not_a_klass_class;
}  // namespace error

// Where an ordering constraint of a refused MRO comes from: "A precedes B in the
// bases of P" (local precedence), "in the MRO of P" (P's own merge), or "A derives
// from B" (a class precedes what it derives from).
enum class mro_origin : unsigned char { bases, mro, subclass };

// One of the ordering constraints that contradict each other in a refused MRO:
// `before` precedes `after`, stated in the bases (or the MRO) of `stated_in`, and
// reaching the refused class through the MRO of `inherited_by` (empty when it is
// stated_in itself, or when the refused class's own bases state it).
struct mro_constraint {
  std::string_view before, after;
  mro_origin origin = mro_origin::bases;
  std::string_view stated_in, inherited_by;
};

// What klass::mro_explanation<C> is: the status of C's MRO, the class whose
// creation fails, and for an inconsistent merge the constraints that contradict
// each other (a cycle: each `after` is the next `before`), said as a sentence.
template <std::size_t N, std::size_t L>
struct mro_explanation_value {
  mro_status status = mro_status::consistent;
  std::string_view failing_class;
  mro_constraint constraints[N + 1]{};
  detail::fixed_string<L> sentence{};

  static constexpr std::size_t size() { return N; }
  constexpr const mro_constraint* begin() const { return constraints; }
  constexpr const mro_constraint* end() const { return constraints + N; }
  // "X precedes Y in the bases of XY, but Y precedes X in the bases of YX"; empty
  // when the MRO is consistent or a base is duplicated.
  constexpr std::string_view text() const { return sentence.view(); }
  template <class Stream>
  friend Stream& operator<<(Stream& stream, const mro_explanation_value& e) {
    stream << e.text();
    return stream;
  }
};

namespace detail {

template <class C>
struct mro_info;

// What is known of a class's MRO, memoized in mro_info<C>: `status` says whether
// it exists, `list` is it (empty when refused), `named` the classes CPython's
// message names, `root` the class whose creation fails (the class itself, or the
// first base, recursively, that cannot be created). A consistent class also has
// `node`, its MRO as the merges of its subclasses read it (c3.hpp).
template <class C, mro_status Status, class Named, class Root = C, class Merge = void>
struct refused_mro {
  static constexpr mro_status status = Status;
  using list = type_list<>;
  using named = Named;
  using root = Root;
  using merge = Merge;  // the failed merge (c3_of), for the explanation; void if none
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

// Where each element of a merge comes from, as (sequence, offset) rather than
// as a position in the sequences laid end to end: a type-list lookup costs in
// proportion to the list it searches (clang's __type_pack_element and g++'s
// indexer alike), and the one sequence is a fraction of their concatenation.
template <std::size_t Length>
struct c3_sources {
  std::size_t sequence[Length + 1]{};
  std::size_t offset[Length + 1]{};
};
template <std::size_t Length, std::size_t Count>
constexpr c3_sources<Length> split_positions(const c3_position* order, const std::size_t (&lengths)[Count]) {
  c3_sources<Length> out{};
  for (std::size_t k = 0; k != Length; ++k) {
    std::size_t s = 0, at = order[k];
    while (at >= lengths[s]) at -= lengths[s++];
    out.sequence[k] = s;
    out.offset[k] = at;
  }
  return out;
}

// The C3 merge of the bases' MROs and of the list of bases. It depends on the
// bases only, so classes declaring the same bases share it, and share the list
// it yields (`tail`, the MRO after the class).
template <class... Bases>
struct c3_of {
  static constexpr std::size_t count = sizeof...(Bases);
  static constexpr const mro_node* bases[] = {&mro_info<Bases>::node...};
  static constexpr auto outcome = c3_merge<(mro_info<Bases>::length + ... + count), count>(bases);
  // The merge's sequences as types: the bases' MROs, then the bases.
  using sequences = type_list<typename mro_info<Bases>::list..., type_list<Bases...>>;
  static constexpr std::size_t lengths[] = {mro_info<Bases>::length..., count};
  // The sequences concatenated: a position in the outcome names one class (only
  // read to name the classes of a refused merge).
  template <class Self = c3_of>
  using sources = concat<typename mro_info<Bases>::list..., type_list<Bases...>>;
  using base_list = type_list<Bases...>;
  // Why it fails, when it does (replayed only when asked for).
  static constexpr c3_cycle conflict = c3_conflict<(mro_info<Bases>::length + ... + count), count>(bases);
};

template <class Merge, std::size_t Length = Merge::outcome.length>
inline constexpr c3_sources<Length> merge_sources = split_positions<Length>(Merge::outcome.order, Merge::lengths);

template <class Merge, class Indices>
struct merged_tail;
template <class Merge, std::size_t... I>
struct merged_tail<Merge, std::index_sequence<I...>> {
  using type = type_list<at<merge_sources<Merge>.offset[I], at<merge_sources<Merge>.sequence[I], typename Merge::sequences>>...>;
};
template <class C, class Tail>
struct prepend_class;
template <class C, class... Ts>
struct prepend_class<C, type_list<Ts...>> {
  using type = type_list<C, Ts...>;
};
template <class C, class Merge, class Indices>
struct merged_list {
  using type = typename prepend_class<C, typename merged_tail<Merge, Indices>::type>::type;
};
template <class Merge, class Indices>
struct named_classes;
template <class Merge, std::size_t... I>
struct named_classes<Merge, std::index_sequence<I...>> {
  using type = type_list<at<Merge::outcome.blocking[I], typename Merge::template sources<>>...>;
};

// The merge's answer, as the class's status.
constexpr mro_status status_of(c3_status status) {
  return status == c3_status::consistent       ? mro_status::consistent
         : status == c3_status::duplicate_base ? mro_status::duplicate_base
                                               : mro_status::inconsistent;
}

template <class C, class Merge, mro_status = status_of(Merge::outcome.status)>
struct merged_mro
    : refused_mro<C, status_of(Merge::outcome.status),
                  typename named_classes<Merge, std::make_index_sequence<Merge::outcome.blocking_count>>::type, C,
                  Merge> {};
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

// A base must be a klass class: a class type whose `bases`, if it declares one, is
// a klass::bases<...> list. The first base that is not is refused.
template <class... Bases>
constexpr std::size_t first_non_class_base(type_list<Bases...>) {
  constexpr bool ok[] = {class_type<Bases>..., true};
  for (std::size_t i = 0; i != sizeof...(Bases); ++i)
    if (!ok[i]) return i;
  return sizeof...(Bases);
}
template <class C, class Bases, bool = first_non_class_base(Bases{}) == Bases::size>
struct mro_from_class_bases
    : refused_mro<C, mro_status::not_a_class_base, type_list<at<first_non_class_base(Bases{}), Bases>>> {};
template <class C, class Bases>
struct mro_from_class_bases<C, Bases, true> : mro_from_bases<C, Bases> {};

// Memoized per class: every query about C's MRO reads this one instantiation.
template <class C>
struct mro_info : mro_from_class_bases<C, bases_of<C>> {};

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

// ---- beyond CPython: the ordering constraints that contradict each other ------


template <class T, class... Ts>
constexpr std::size_t position_in(type_list<Ts...>) {
  constexpr type_id ids[] = {id_of<Ts>..., nullptr};
  for (std::size_t i = 0; i != sizeof...(Ts); ++i)
    if (ids[i] == id_of<T>) return i;
  return static_cast<std::size_t>(-1);
}
template <class A, class B, class List>
inline constexpr bool precedes_in = position_in<A>(List{}) < position_in<B>(List{}) &&
                                    position_in<B>(List{}) != static_cast<std::size_t>(-1);

template <class A, class B, class... Ys>
constexpr std::size_t first_base_with_order(type_list<Ys...>) {
  constexpr bool ordered[] = {precedes_in<A, B, typename mro_info<Ys>::list>..., false};
  for (std::size_t i = 0; i != sizeof...(Ys); ++i)
    if (ordered[i]) return i;
  return sizeof...(Ys);
}

// Why A precedes B in the MRO of X: X is A; A and B are bases of X in that order;
// a base of X already has them so (recursively: that base's reason); or X's own merge.
template <class A, class B, class X,
          std::size_t Base = first_base_with_order<A, B>(bases_of<X>{}),
          int Step = std::is_same_v<A, X> ? 0 : precedes_in<A, B, bases_of<X>> ? 1 : Base < bases_of<X>::size ? 2 : 3>
struct origin_of_order {
  using stated_in = X;
  static constexpr klass::mro_origin kind = Step == 0   ? klass::mro_origin::subclass
                                            : Step == 1 ? klass::mro_origin::bases
                                                        : klass::mro_origin::mro;
};
template <class A, class B, class X, std::size_t Base>
struct origin_of_order<A, B, X, Base, 2> : origin_of_order<A, B, at<Base, bases_of<X>>> {};

// The I-th constraint of the contradiction in class C's merge: Before precedes
// After, stated in the bases or the MRO of StatedIn, inherited by InheritedBy (the
// base of C whose MRO carries it; C itself when it is C's own list of bases).
template <class C, class Merge, std::size_t I>
struct mro_constraint_of {
  static constexpr c3_cycle cycle = Merge::conflict;
  using before = at<cycle.before[I], typename Merge::template sources<>>;
  using after = at<cycle.after[I], typename Merge::template sources<>>;
  static constexpr bool in_own_bases = cycle.sequence[I] == Merge::count;
  using carrier = std::conditional_t<in_own_bases, C, at<(in_own_bases ? 0 : cycle.sequence[I]), typename Merge::base_list>>;
  using origin = std::conditional_t<in_own_bases, origin_of_order<before, after, C, 0, 1>, origin_of_order<before, after, carrier>>;
  using stated_in = typename origin::stated_in;
  static constexpr klass::mro_origin kind = origin::kind;
  // "A precedes B in the bases of P", "... in the MRO of P", "A derives from B",
  // and " inherited by Q" when Q's MRO has it from P.
  static constexpr bool inherited = !std::is_same_v<carrier, stated_in>;
  static constexpr std::string_view parts[] = {
      klass::name<before>,
      kind == mro_origin::subclass ? " derives from " : " precedes ",
      klass::name<after>,
      kind == mro_origin::bases ? " in the bases of " : kind == mro_origin::mro ? " in the MRO of " : "",
      kind == mro_origin::subclass ? std::string_view() : klass::name<stated_in>,
      inherited ? " inherited by " : "",
      inherited ? klass::name<carrier> : std::string_view()};
  static constexpr std::size_t size = total_size(parts);
  static constexpr klass::mro_constraint value{klass::name<before>, klass::name<after>, kind, klass::name<stated_in>,
                                               inherited ? klass::name<carrier> : std::string_view()};
  // What clang 14 shows: error::precedes<A, B, error::in_bases_of<P>> (or in_mro_of<P>,
  // or error::derives_from<A, B>).
  using subject = std::conditional_t<
      kind == mro_origin::subclass, error::derives_from<before, after>,
      error::precedes<before, after,
                      std::conditional_t<kind == mro_origin::bases, error::in_bases_of<stated_in>,
                                         error::in_mro_of<stated_in>>>>;
};

// All the constraints of the contradiction, and the sentence saying them:
// "A precedes B in ..., B precedes C in ..., but C precedes A in ...".
template <class C, class Merge, class Indices = std::make_index_sequence<Merge::conflict.count>>
struct mro_contradiction;
template <class C, class Merge, std::size_t... I>
struct mro_contradiction<C, Merge, std::index_sequence<I...>> {
  static constexpr std::size_t count = sizeof...(I);
  static constexpr klass::mro_constraint constraints[count + 1] = {mro_constraint_of<C, Merge, I>::value..., {}};
  using subject = error::because<typename mro_constraint_of<C, Merge, I>::subject...>;
  static constexpr std::size_t size = (mro_constraint_of<C, Merge, I>::size + ... + 0) + (count > 1 ? 2 * (count - 2) + 6 : 0);
  static constexpr fixed_string<size> text = [] {
    fixed_string<size> out{};
    std::size_t at = 0;
    auto append = [&](std::string_view piece) {
      for (char c : piece) out.text[at++] = c;
    };
    std::size_t k = 0;
    ((append(k == 0 ? "" : k + 1 == count ? ", but " : ", "), ++k,
      [&] { for (std::string_view p : mro_constraint_of<C, Merge, I>::parts) append(p); }()), ...);
    return out;
  }();
};


// The errors CPython raises when it refuses the bases of Root; klass adds the
// constraints that contradict each other: "Cannot create a consistent method
// resolution order (MRO) for bases X, Y (X precedes Y in the bases of XY, but Y
// precedes X in the bases of YX)".
template <mro_status Status, class Named, class Root>
struct mro_error;
template <class... Named, class Root>
struct mro_error<mro_status::inconsistent, type_list<Named...>, Root> {
  using contradiction = mro_contradiction<Root, typename mro_info<Root>::merge>;
  KLASS_DETAIL_ERROR(mro_error, TypeError, "Cannot create a consistent method resolution order (MRO) for bases",
                     (join<python_listing<"Cannot create a consistent method resolution order (MRO) for bases",
                                          Named...>::value,
                           " (", contradiction::text, ")">),
                     error::for_bases<Named...>, typename contradiction::subject);
};
// klass's own: "base 'int' of 'C' is not a klass class (not a class type)".
template <class Base, class Root>
struct mro_error<mro_status::not_a_class_base, type_list<Base>, Root> {
  static constexpr std::string_view parts[] = {
      "base '", unqualified_type_name<Base>, "' of '", klass::name<Root>, "' is not a klass class (",
      std::is_class_v<Base> ? "its `bases` is not a klass::bases<...> list" : "not a class type", ")"};
  static constexpr auto message = concatenate_all<total_size(parts)>(parts);
  KLASS_DETAIL_ERROR(mro_error, TypeError, "a base is not a klass class", message, error::not_a_klass_class<Base, Root>);
};
template <class Duplicate, class Root>
struct mro_error<mro_status::duplicate_base, type_list<Duplicate>, Root> {
  KLASS_DETAIL_ERROR(mro_error, TypeError, "duplicate base class",
                     (python_listing<"duplicate base class", Duplicate>::value),
                     error::duplicate_base_class<Duplicate>);
};

// Whether C can be created; if not, the refusal: the error of the class whose
// creation fails (C, or the first base that cannot be created).
template <class C>
inline constexpr bool mro_exists = mro_info<C>::status == mro_status::consistent;
template <class C, class Root = typename mro_info<C>::root>
using mro_refusal = refusal<mro_error<mro_info<Root>::status, typename mro_info<Root>::named, Root>>;

// The value of klass::mro_explanation<C>.
template <class C, class Root = typename mro_info<C>::root,
          bool Contradiction = mro_info<Root>::status == mro_status::inconsistent>
struct mro_explanation_of {
  static constexpr mro_explanation_value<0, 0> value = [] {
    mro_explanation_value<0, 0> out{};
    out.status = mro_info<C>::status;
    out.failing_class = klass::name<Root>;
    return out;
  }();
};
template <class C, class Root>
struct mro_explanation_of<C, Root, true> {
  using contradiction = mro_contradiction<Root, typename mro_info<Root>::merge>;
  static constexpr auto value = [] {
    mro_explanation_value<contradiction::count, contradiction::size> out{};
    out.status = mro_info<C>::status;
    out.failing_class = klass::name<Root>;
    for (std::size_t i = 0; i != contradiction::count; ++i) out.constraints[i] = contradiction::constraints[i];
    out.sentence = contradiction::text;
    return out;
  }();
};

// The user-facing check: false, after the error.
template <class C, bool Consistent = mro_exists<C>>
inline constexpr bool mro_check = true;
template <class C>
inline constexpr bool mro_check<C, false> = (KLASS_DETAIL_REPORT(error_of<mro_refusal<C>>), false);

// The type of klass::mro<C>: the type_list mro_info<C> computed (a Hana Sequence,
// <klass/type_list.hpp>); for a refused class, the refusal itself, so that asking
// for klass::mro<C> is the one error and an expression using it adds none.
template <class C, bool = mro_exists<C>>
struct mro_value {
  using type = refused_t<mro_refusal<C>>;
};
template <class C>
struct mro_value<C, true> {
  using type = typename mro_info<C>::list;
};

template <class D, class B, bool = mro_check<D>>
inline constexpr bool is_subclass = mro_contains(&mro_info<D>::node, id_of<B>);
template <class D, class B>
inline constexpr bool is_subclass<D, B, false> = false;

}  // namespace detail

// __mro__: a klass::type_list, a Hana Sequence of hana::type, C first and
// klass::object last. Using it on a class CPython would refuse stops the build
// with CPython's TypeError message.
template <class_type C>
inline constexpr auto mro = typename detail::mro_value<C>::type{};

// Queries that never stop the build.
template <class_type C>
inline constexpr mro_status mro_status_of = detail::mro_info<C>::status;
template <class_type C>
inline constexpr bool has_consistent_mro = mro_status_of<C> == mro_status::consistent;
// The classes CPython's error names (the blocking heads in CPython's order, or
// the duplicated base); empty when the MRO is consistent.
template <class_type C>
inline constexpr typename detail::mro_info<C>::named mro_conflict{};
// Beyond CPython: why the MRO is refused, as a value (never an error):
//   klass::mro_explanation<Z>.text() == "X precedes Y in the bases of XY, but Y precedes X in the bases of YX"
// and each constraint (.before, .after, .origin, .stated_in, .inherited_by).
template <class_type C>
inline constexpr auto mro_explanation = detail::mro_explanation_of<C>::value;
// The class whose creation fails: C itself, or the first of its bases (recursively)
// that cannot be created. For a consistent class, C.
template <class_type C>
inline constexpr auto mro_failing_class = boost::hana::type_c<typename detail::mro_info<C>::root>;

}  // namespace klass

#endif
