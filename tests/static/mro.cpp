// Compile-time facts of klass/mro.hpp (and issubclass, <klass/isinstance.hpp>): compiling this file is the test.
#include <klass/isinstance.hpp>
#include <klass/mro.hpp>

#include <boost/hana/equal.hpp>

namespace hana = boost::hana;

namespace mro_basics {
struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };
struct Explicit { using bases = klass::bases<klass::object>; };
struct Empty { using bases = klass::bases<>; };

// The diamond of the Python tutorial: D, B, C, A, object.
static_assert(klass::mro<D> == hana::tuple_t<D, B, C, A, klass::object>);
static_assert(klass::mro<klass::object> == hana::tuple_t<klass::object>);
// No bases, an empty list and an explicit object all mean (object,).
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
static_assert(klass::mro<Explicit> == hana::tuple_t<Explicit, klass::object>);
static_assert(klass::mro<Empty> == hana::tuple_t<Empty, klass::object>);
static_assert(klass::bases_of<D> == hana::tuple_t<B, C>);
static_assert(klass::bases_of<A> == hana::tuple_t<klass::object>);
static_assert(klass::bases_of<klass::object> == hana::tuple_t<>);

static_assert(klass::issubclass<D, A> && klass::issubclass<D, D> && klass::issubclass<D, klass::object>);
static_assert(!klass::issubclass<A, D> && !klass::issubclass<B, C>);

// __name__: the unqualified C++ name, or the class's own `class_name`.
struct Renamed { static constexpr std::string_view class_name = "Pedalo"; };
template <class T> struct Box {};
static_assert(klass::name<D> == "D");
static_assert(klass::name<klass::object> == "object");
static_assert(klass::name<Renamed> == "Pedalo");
static_assert(klass::name<Box<int>> == "Box<int>");

static_assert(klass::class_type<D> && !klass::class_type<int>);
}  // namespace mro_basics

namespace mro_failures_are_values {
struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<XY, YX>; };
struct Dup { using bases = klass::bases<X, X>; };
struct AfterZ { using bases = klass::bases<X, Z>; };

static_assert(!klass::has_consistent_mro<Z>);
static_assert(klass::mro_status_of<Z> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<Z> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<Z> == hana::type_c<Z>);

static_assert(klass::mro_status_of<Dup> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<Dup> == hana::tuple_t<X>);

static_assert(klass::mro_status_of<AfterZ> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_failing_class<AfterZ> == hana::type_c<Z>);
static_assert(klass::mro_conflict<AfterZ> == hana::tuple_t<X, Y>);

static_assert(klass::has_consistent_mro<XY> && klass::mro_conflict<XY> == hana::tuple_t<>);
}  // namespace mro_failures_are_values
