// Uses of what <klass/mro.hpp> declares, with only it included (tests/harness.py header).
#include <klass/mro.hpp>

#include <boost/hana/equal.hpp>

namespace hana = boost::hana;

struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };
struct X {};
struct Y {};
struct Z1 { using bases = klass::bases<X, Y>; };
struct Z2 { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<Z1, Z2>; };
struct Twice { using bases = klass::bases<A, A>; };

static_assert(klass::mro<D> == hana::tuple_t<D, B, C, A, klass::object>);
static_assert(klass::has_consistent_mro<D> && !klass::has_consistent_mro<Z>);
static_assert(klass::mro_status_of<Z> == klass::mro_status::inconsistent);
static_assert(klass::mro_status_of<Twice> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<Z> == hana::tuple_t<X, Y> && klass::mro_conflict<D> == hana::tuple_t<>);
static_assert(klass::mro_failing_class<Z> == hana::type_c<Z>);
[[maybe_unused]] klass::error::for_bases<X, Y>* for_bases = nullptr;
[[maybe_unused]] klass::error::duplicate_base_class<A>* duplicate = nullptr;
