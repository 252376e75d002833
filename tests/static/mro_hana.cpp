// klass::mro and klass::bases_of are klass::type_lists: Hana sequences of hana::type.
// Every Hana algorithm the documentation uses on them, on both: compiling this file is the test.
#include <klass/mro.hpp>

#include <cstddef>
#include <type_traits>

#include <boost/hana/all_of.hpp>
#include <boost/hana/any_of.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/back.hpp>
#include <boost/hana/concat.hpp>
#include <boost/hana/contains.hpp>
#include <boost/hana/drop_front.hpp>
#include <boost/hana/equal.hpp>
#include <boost/hana/filter.hpp>
#include <boost/hana/find_if.hpp>
#include <boost/hana/fold_left.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/front.hpp>
#include <boost/hana/index_if.hpp>
#include <boost/hana/is_empty.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/not_equal.hpp>
#include <boost/hana/optional.hpp>
#include <boost/hana/reverse.hpp>
#include <boost/hana/transform.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>

namespace hana = boost::hana;

namespace mro_hana {
struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };

constexpr auto mro = klass::mro<D>;
constexpr auto bases = klass::bases_of<D>;

// The type: a Hana Sequence (and so Foldable, Iterable, Searchable, Comparable).
static_assert(std::is_same_v<std::remove_cv_t<decltype(mro)>, klass::type_list<D, B, C, A, klass::object>>);
static_assert(std::is_same_v<std::remove_cv_t<decltype(bases)>, klass::type_list<B, C>>);
static_assert(hana::Sequence<decltype(mro)>::value && hana::Foldable<decltype(mro)>::value &&
              hana::Iterable<decltype(mro)>::value && hana::Searchable<decltype(mro)>::value &&
              hana::Comparable<decltype(mro)>::value);

// ==, != against hana::tuple_t (either side), and between lists.
static_assert(mro == hana::tuple_t<D, B, C, A, klass::object>);
static_assert(hana::tuple_t<D, B, C, A, klass::object> == mro);
static_assert(mro != hana::tuple_t<D, C, B, A, klass::object>);
static_assert(mro != hana::tuple_t<D, B, C, A>);
static_assert(bases == hana::tuple_t<B, C>);
static_assert(mro == klass::mro<D> && mro != klass::mro<B>);
static_assert(hana::equal(bases, hana::tuple_t<B, C>) && !hana::equal(bases, hana::tuple_t<C, B>));
static_assert(klass::bases_of<klass::object> == hana::tuple_t<>);

// length, size, is_empty.
static_assert(hana::length(mro) == hana::size_c<5>);
static_assert(hana::length(bases) == hana::size_c<2>);
static_assert(!hana::is_empty(mro) && hana::is_empty(klass::bases_of<klass::object>));

// at_c, at, front, back.
static_assert(hana::at_c<0>(mro) == hana::type_c<D>);
static_assert(hana::at_c<3>(mro) == hana::type_c<A>);
static_assert(hana::at(mro, hana::size_c<1>) == hana::type_c<B>);
static_assert(hana::front(mro) == hana::type_c<D> && hana::back(mro) == hana::type_c<klass::object>);
static_assert(hana::at_c<1>(bases) == hana::type_c<C>);

// drop_front: a list again.
static_assert(hana::drop_front(mro) == hana::tuple_t<B, C, A, klass::object>);
static_assert(hana::drop_front(mro, hana::size_c<4>) == hana::tuple_t<klass::object>);
static_assert(hana::drop_front(bases, hana::size_c<2>) == hana::tuple_t<>);
static_assert(std::is_same_v<decltype(hana::drop_front(mro)), klass::type_list<B, C, A, klass::object>>);

// contains, find_if, index_if, any_of, all_of.
static_assert(hana::contains(mro, hana::type_c<A>));
static_assert(!hana::contains(bases, hana::type_c<A>));
static_assert(!hana::contains(mro, hana::size_c<1>));  // a key of another kind: compared, never equal
static_assert(hana::find_if(mro, [](auto t) { return hana::bool_c<std::is_same_v<typename decltype(t)::type, C>>; }) ==
              hana::just(hana::type_c<C>));
static_assert(hana::index_if(mro, hana::equal.to(hana::type_c<A>)) == hana::just(hana::size_c<3>));
static_assert(hana::any_of(bases, hana::equal.to(hana::type_c<C>)));
static_assert(hana::all_of(bases, [](auto t) { return hana::contains(mro, t); }));

// unpack, fold_left.
static_assert(hana::unpack(mro, [](auto... t) { return sizeof...(t); }) == 5);
static_assert(hana::unpack(bases, [](auto... t) { return hana::tuple_t<typename decltype(t)::type...>; }) ==
              hana::tuple_t<B, C>);
static_assert(hana::fold_left(mro, std::size_t{0}, [](std::size_t n, auto t) {
                return n + (std::is_empty_v<typename decltype(t)::type> ? 1 : 0);
              }) == 5);

// transform: types give a list of types again, other values a hana::tuple.
static_assert(hana::transform(bases, hana::metafunction<std::add_pointer>) == hana::tuple_t<B*, C*>);
static_assert(std::is_same_v<decltype(hana::transform(bases, hana::metafunction<std::add_pointer>)), klass::type_list<B*, C*>>);
static_assert(hana::transform(mro, [](auto t) { return klass::name<typename decltype(t)::type>.size(); }) ==
              hana::make_tuple(1u, 1u, 1u, 1u, 6u));

// filter, reverse, concat, conversion to a hana::tuple.
static_assert(hana::filter(mro, [](auto t) { return hana::bool_c<!std::is_same_v<typename decltype(t)::type, B>>; }) ==
              hana::tuple_t<D, C, A, klass::object>);
static_assert(hana::reverse(bases) == hana::tuple_t<C, B>);
static_assert(hana::concat(bases, klass::bases_of<B>) == hana::tuple_t<B, C, A>);
static_assert(std::is_same_v<decltype(hana::to_tuple(mro)), std::remove_cv_t<decltype(hana::tuple_t<D, B, C, A, klass::object>)>>);

// for_each, in a constant expression.
static_assert([] {
  std::size_t n = 0, a_at = 0;
  hana::for_each(mro, [&](auto t) {
    if (std::is_same_v<typename decltype(t)::type, A>) a_at = n;
    ++n;
  });
  return n == 5 && a_at == 3;
}());
static_assert([] {
  std::size_t n = 0;
  hana::for_each(bases, [&](auto) { ++n; });
  return n;
}() == 2);

// mro_conflict is a list too.
struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<XY, YX>; };
static_assert(klass::mro_conflict<Z> == hana::tuple_t<X, Y>);
static_assert(hana::length(klass::mro_conflict<Z>) == hana::size_c<2>);
static_assert(klass::mro_conflict<D> == hana::tuple_t<>);
}  // namespace mro_hana
