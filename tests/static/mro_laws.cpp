// The laws of the C3 linearization, checked generically on every class of the
// canonical hierarchies (mro_hierarchies.hpp) and of a few more below. A class
// whose MRO exists must obey:
//   - it comes first, klass::object last, and no class appears twice;
//   - local precedence order: its declared bases appear in its MRO in declaration order;
//   - monotonicity: the MRO of each base is a subsequence of its MRO;
//   - closure: everything after it in its MRO is in the MRO of one of its bases;
//   - issubclass<C, X> is exactly "X is in C's MRO".
// A class CPython refuses must be refused for a stated reason:
//   - duplicate_base: every base is consistent, and the class named is the first
//     base that is listed again;
//   - inconsistent: the bases are consistent and distinct, and every class named
//     is a base or in the MRO of one (a head of the merge), each named once, and
//     is in the tail of one of the merged sequences (what blocks it);
//   - inconsistent_base: a base is refused; the error and failing class are the
//     first refused base's.
// (issubclass on a refused class stops the build by design, like klass::mro.)
// A failing static_assert below names the class in its instantiation context.
#include <klass/isinstance.hpp>

#include "mro_hierarchies.hpp"

#include <cstddef>
#include <type_traits>

#include <boost/hana/back.hpp>
#include <boost/hana/drop_front.hpp>
#include <boost/hana/equal.hpp>
#include <boost/hana/find_if.hpp>
#include <boost/hana/front.hpp>
#include <boost/hana/greater_equal.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/not_equal.hpp>
#include <boost/hana/optional.hpp>
#include <boost/hana/unpack.hpp>

namespace hana = boost::hana;

namespace laws {

// The class a hana::type stands for.
template <class T>
using class_of = typename T::type;

// The helpers take any Hana sequence of hana::types: klass::mro and
// klass::bases_of are klass::type_lists, the checks below also write hana::tuple_t.
template <class... Ys>
struct types_of {};
template <class Seq>
constexpr auto types(Seq seq) {
  return hana::unpack(seq, [](auto... y) { return types_of<decltype(y)...>{}; });
}

// Where the hana::type X is in a sequence of hana::types; its length if absent.
template <class X, class... Ys>
constexpr std::size_t position_in(types_of<Ys...>) {
  constexpr bool same[] = {std::is_same_v<X, Ys>..., false};
  std::size_t i = 0;
  while (i != sizeof...(Ys) && !same[i]) ++i;
  return i;
}
template <class X, class Seq>
constexpr std::size_t position(Seq seq) {
  return position_in<X>(types(seq));
}
template <class X, class Seq>
constexpr bool contains(X, Seq seq) {
  return position<X>(seq) != hana::length(seq);
}
template <class X, class Seq>
constexpr std::size_t count(X, Seq seq) {
  return hana::unpack(seq, [](auto... y) { return (std::size_t{0} + ... + std::size_t{std::is_same_v<X, decltype(y)>}); });
}

// The elements of `sub` all appear in `seq`, in the same order.
template <class... Xs, class... Ys>
constexpr bool is_subsequence_in(types_of<Xs...>, [[maybe_unused]] types_of<Ys...> seq) {
  const std::size_t at[] = {position_in<Xs>(seq)..., 0};
  for (std::size_t i = 0; i != sizeof...(Xs); ++i)
    if (at[i] == sizeof...(Ys) || (i != 0 && at[i] <= at[i - 1])) return false;
  return true;
}
template <class Sub, class Seq>
constexpr bool is_subsequence(Sub sub, Seq seq) {
  return is_subsequence_in(types(sub), types(seq));
}

// No element twice (counted: hana::to_set would double the compile time).
template <class Seq>
constexpr bool distinct(Seq seq) {
  return hana::unpack(seq, [=](auto... x) { return (true && ... && (count(x, seq) == 1)); });
}

// f(type) holds for every hana::type of the tuple.
template <class Tuple, class F>
constexpr bool for_all(Tuple t, F f) {
  return hana::unpack(t, [&](auto... x) { return (true && ... && f(x)); });
}
template <class Tuple, class F>
constexpr bool for_any(Tuple t, F f) {
  return hana::unpack(t, [&](auto... x) { return (false || ... || f(x)); });
}

template <class C>
constexpr bool consistent(hana::basic_type<C>) {
  return klass::has_consistent_mro<C>;
}

template <class C, class Hierarchy, klass::mro_status = klass::mro_status_of<C>>
struct obeys;

template <class C, class Hierarchy>
struct obeys<C, Hierarchy, klass::mro_status::consistent> {
  static constexpr auto mro = klass::mro<C>;
  static constexpr auto bases = klass::bases_of<C>;

  static_assert(hana::front(mro) == hana::type_c<C>, "the class comes first");
  static_assert(hana::back(mro) == hana::type_c<klass::object>, "klass::object comes last");
  static_assert(distinct(mro), "no class appears twice");
  static_assert(is_subsequence(bases, mro), "local precedence order: the bases in declaration order");
  static_assert(for_all(bases, [](auto b) { return consistent(b); }), "the bases of a consistent class are consistent");
  static_assert(for_all(bases, [](auto b) { return is_subsequence(klass::mro<class_of<decltype(b)>>, mro); }),
                "monotonicity: each base's MRO is a subsequence");
  static_assert(for_all(hana::drop_front(mro),
                        [](auto x) {
                          return for_any(bases, [=](auto b) { return contains(x, klass::mro<class_of<decltype(b)>>); });
                        }),
                "closure: every later class comes from a base's MRO");
  static_assert(for_all(Hierarchy::classes,
                        [](auto x) { return klass::issubclass<C, class_of<decltype(x)>> == contains(x, mro); }),
                "issubclass<C, X> is membership in C's MRO");
  static_assert(klass::issubclass<C, klass::object> && klass::issubclass<C, C>);
  static_assert(klass::mro_conflict<C> == hana::tuple_t<>, "nothing to name");
  static_assert(klass::mro_failing_class<C> == hana::type_c<C>);
  static constexpr bool value = true;
};

// What every refused class obeys.
template <class C, class Hierarchy>
struct refused {
  static_assert(!klass::has_consistent_mro<C>);
  static_assert(hana::length(klass::mro_conflict<C>) != hana::size_c<0>, "the error names a class");
  static_assert(distinct(klass::mro_conflict<C>), "the error names each class once");
  static constexpr bool value = true;
};

template <class C, class Hierarchy>
struct obeys<C, Hierarchy, klass::mro_status::duplicate_base> : refused<C, Hierarchy> {
  static constexpr auto bases = klass::bases_of<C>;
  static constexpr auto named = hana::front(klass::mro_conflict<C>);
  static_assert(hana::length(klass::mro_conflict<C>) == hana::size_c<1>);
  static_assert(for_all(bases, [](auto b) { return consistent(b); }), "no refused base: CPython checks the bases");
  static_assert(count(named, bases) >= 2, "the class named is a repeated base");
  static_assert(
      [] {
        // CPython names the first base that appears again.
        constexpr auto first = position<std::remove_cv_t<decltype(named)>>(bases);
        return hana::unpack(bases, [](auto... b) {
          const std::size_t repeats[] = {count(b, bases)..., 0};
          for (std::size_t i = 0; i != first; ++i)
            if (repeats[i] > 1) return false;
          return true;
        });
      }(),
      "the class named is the first base listed again");
  static_assert(klass::mro_failing_class<C> == hana::type_c<C>);
};

template <class C, class Hierarchy>
struct obeys<C, Hierarchy, klass::mro_status::inconsistent> : refused<C, Hierarchy> {
  static constexpr auto bases = klass::bases_of<C>;
  static_assert(for_all(bases, [](auto b) { return consistent(b); }), "no refused base: the merge itself fails");
  static_assert(distinct(bases), "distinct bases, or it would be a duplicate_base");
  static_assert(hana::length(bases) >= hana::size_c<2>, "one base never fails");
  static_assert(for_all(klass::mro_conflict<C>,
                        [](auto x) {
                          return contains(x, bases) ||
                                 for_any(bases, [=](auto b) { return contains(x, klass::mro<class_of<decltype(b)>>); });
                        }),
                "each class named heads one of the merged sequences");
  static_assert(for_all(klass::mro_conflict<C>,
                        [](auto x) {
                          return contains(x, hana::drop_front(bases)) ||
                                 for_any(bases, [=](auto b) {
                                   return contains(x, hana::drop_front(klass::mro<class_of<decltype(b)>>));
                                 });
                        }),
                "each class named is blocked: it is in the tail of one of the merged sequences");
  static_assert(klass::mro_failing_class<C> == hana::type_c<C>);
};

template <class C, class Hierarchy>
struct obeys<C, Hierarchy, klass::mro_status::inconsistent_base> : refused<C, Hierarchy> {
  static constexpr auto first_refused =
      hana::find_if(klass::bases_of<C>, [](auto b) { return hana::bool_c<!consistent(b)>; }).value();
  using base = class_of<std::remove_cv_t<decltype(first_refused)>>;
  static_assert(klass::mro_failing_class<C> == klass::mro_failing_class<base>, "the first refused base's failing class");
  static_assert(klass::mro_conflict<C> == klass::mro_conflict<base>, "the first refused base's error");
  static_assert(klass::mro_status_of<class_of<decltype(klass::mro_failing_class<C>)>> != klass::mro_status::inconsistent_base,
                "the failing class fails on its own");
  static_assert(klass::mro_status_of<class_of<decltype(klass::mro_failing_class<C>)>> != klass::mro_status::consistent);
};

template <class Hierarchy>
constexpr bool all_obey() {
  return hana::unpack(Hierarchy::classes, [](auto... c) { return (obeys<class_of<decltype(c)>, Hierarchy>::value && ...); });
}

}  // namespace laws

// The checks can fail.
namespace laws_selftest {
struct P {};
struct Q {};
struct R {};
static_assert(laws::is_subsequence(hana::tuple_t<P, R>, hana::tuple_t<P, Q, R>));
static_assert(laws::is_subsequence(hana::tuple_t<>, hana::tuple_t<P>));
static_assert(!laws::is_subsequence(hana::tuple_t<R, P>, hana::tuple_t<P, Q, R>));
static_assert(!laws::is_subsequence(hana::tuple_t<P, P>, hana::tuple_t<P, Q>));
static_assert(!laws::is_subsequence(hana::tuple_t<P, Q>, hana::tuple_t<P, R>));
static_assert(laws::distinct(hana::tuple_t<P, Q, R>) && !laws::distinct(hana::tuple_t<P, Q, P>));
static_assert(laws::contains(hana::type_c<Q>, hana::tuple_t<P, Q>) && !laws::contains(hana::type_c<R>, hana::tuple_t<P, Q>));
static_assert(laws::count(hana::type_c<P>, hana::tuple_t<P, Q, P>) == 2);
static_assert(laws::for_all(hana::tuple_t<>, [](auto) { return false; }));
static_assert(!laws::for_any(hana::tuple_t<>, [](auto) { return true; }));
}  // namespace laws_selftest

namespace laws_more {
using canonical::hierarchy;

// object itself, an empty bases list, an explicit object in last and first place.
namespace roots {
struct Empty { using bases = klass::bases<>; };
struct Explicit { using bases = klass::bases<klass::object>; };
struct ObjectLast { using bases = klass::bases<Empty, klass::object>; };
struct ObjectFirst { using bases = klass::bases<klass::object, Empty>; };
struct TwoObjects { using bases = klass::bases<klass::object, klass::object>; };
using all = hierarchy<klass::object, Empty, Explicit, ObjectLast, ObjectFirst, TwoObjects>;
}  // namespace roots

// A hand-made zoo: a deep chain, a wide class, mixins, diamonds over the chain,
// and refusals of every kind built on them.
namespace zoo {
struct C0 {};
struct C1 { using bases = klass::bases<C0>; };
struct C2 { using bases = klass::bases<C1>; };
struct C3 { using bases = klass::bases<C2>; };
struct C4 { using bases = klass::bases<C3>; };
struct M0 {};
struct M1 {};
struct M2 { using bases = klass::bases<M0>; };
struct M3 { using bases = klass::bases<M1, M0>; };
struct Wide { using bases = klass::bases<M2, M3, M1, M0, C4>; };
struct Left { using bases = klass::bases<M2, C2>; };
struct Right { using bases = klass::bases<M3, C3>; };
struct Both { using bases = klass::bases<Left, Right>; };
struct Top { using bases = klass::bases<Both, Wide>; };
struct Flipped { using bases = klass::bases<C3, M3>; };
struct Clash { using bases = klass::bases<Right, Flipped>; };
struct ChainBackwards { using bases = klass::bases<C1, C4>; };
struct Repeats { using bases = klass::bases<M1, Left, M0, Left, M1>; };
struct OnClash { using bases = klass::bases<Top, Clash, Repeats>; };
struct OnRepeats { using bases = klass::bases<Repeats>; };
struct OnOnClash { using bases = klass::bases<M0, OnClash>; };
using all = hierarchy<C0, C1, C2, C3, C4, M0, M1, M2, M3, Wide, Left, Right, Both, Top, Flipped, Clash, ChainBackwards,
                      Repeats, OnClash, OnRepeats, OnOnClash>;
// So that the laws meet every status (outcomes as CPython 3.11 and 3.13 decide them).
static_assert(klass::mro_status_of<Top> == klass::mro_status::consistent);
static_assert(klass::mro_status_of<Clash> == klass::mro_status::inconsistent);
static_assert(klass::mro_status_of<ChainBackwards> == klass::mro_status::inconsistent);
static_assert(klass::mro_status_of<Repeats> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<Repeats> == hana::tuple_t<M1>);
static_assert(klass::mro_status_of<OnClash> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_status_of<OnOnClash> == klass::mro_status::inconsistent_base);
}  // namespace zoo

}  // namespace laws_more

static_assert(laws::all_obey<canonical::simionato_first::all>());
static_assert(laws::all_obey<canonical::simionato_second::all>());
static_assert(laws::all_obey<canonical::simionato_disagreement::all>());
static_assert(laws::all_obey<canonical::simionato_food::all>());
static_assert(laws::all_obey<canonical::simionato_duplicate::all>());
static_assert(laws::all_obey<canonical::simionato_diamond::all>());
static_assert(laws::all_obey<canonical::simionato_pedroni::all>());
static_assert(laws::all_obey<canonical::descr_diamond::all>());
static_assert(laws::all_obey<canonical::descr_ex5::all>());
static_assert(laws::all_obey<canonical::descr_monotonicity::all>());
static_assert(laws::all_obey<canonical::descr_epg::all>());
static_assert(laws::all_obey<canonical::descr_disagreement::all>());
static_assert(laws::all_obey<canonical::refused_bases::all>());
static_assert(laws::all_obey<laws_more::roots::all>());
static_assert(laws::all_obey<laws_more::zoo::all>());
