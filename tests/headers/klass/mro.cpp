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

// Beyond CPython: the constraints that refuse Z's MRO, as a value, and the names clang shows for them.
constexpr auto why = klass::mro_explanation<Z>;
static_assert(why.status == klass::mro_status::inconsistent && why.size() == 2 && !why.text().empty());
constexpr klass::mro_constraint first = *why.begin();
static_assert(first.origin == klass::mro_origin::bases && !first.before.empty());
static_assert(klass::mro_explanation<D>.status == klass::mro_status::consistent);
[[maybe_unused]] const klass::mro_explanation_value<0, 0>* none_explained = nullptr;
[[maybe_unused]] klass::error::because<klass::error::precedes<X, Y, klass::error::in_bases_of<Z1>>,
                                       klass::error::precedes<Y, X, klass::error::in_mro_of<Z2>>,
                                       klass::error::derives_from<Z1, X>>* because = nullptr;
[[maybe_unused]] klass::error::not_a_klass_class<int, A>* not_a_class = nullptr;
