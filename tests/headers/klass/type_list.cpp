// Uses of what <klass/type_list.hpp> declares, with only it included (tests/harness.py header).
#include <klass/type_list.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/contains.hpp>
#include <boost/hana/drop_front.hpp>
#include <boost/hana/equal.hpp>
#include <boost/hana/is_empty.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/not_equal.hpp>
#include <boost/hana/unpack.hpp>

namespace hana = boost::hana;
struct A {};
struct B {};
using AB = klass::type_list<A, B>;

// Sequence, and each of the Hana algorithms it implements (unpack_impl,
// length_impl, at_impl, drop_front_impl, is_empty_impl, contains_impl,
// equal_impl, make_impl).
static_assert(hana::Sequence<AB>::value);
static_assert(std::is_same_v<hana::tag_of_t<AB>, klass::type_list_tag>);
static_assert(hana::length(AB{}) == hana::size_c<2>);
static_assert(hana::at_c<1>(AB{}) == hana::type_c<B>);
static_assert(hana::drop_front(AB{}) == hana::tuple_t<B>);
static_assert(!hana::is_empty(AB{}) && hana::is_empty(klass::type_list<>{}));
static_assert(hana::contains(AB{}, hana::type_c<A>));
static_assert(AB{} == hana::tuple_t<A, B> && AB{} != klass::type_list<B, A>{});
static_assert(hana::unpack(AB{}, [](auto... types) { return sizeof...(types); }) == 2);
static_assert(hana::make<klass::type_list_tag>() == klass::type_list<>{});
static_assert(hana::unpack_impl<klass::type_list_tag>::apply(AB{}, [](auto...) { return true; }));
static_assert(hana::length_impl<klass::type_list_tag>::apply(AB{}) == 2);
static_assert(hana::at_impl<klass::type_list_tag>::apply(AB{}, hana::size_c<0>) == hana::type_c<A>);
static_assert(hana::drop_front_impl<klass::type_list_tag>::apply(AB{}, hana::size_c<1>) == hana::tuple_t<B>);
static_assert(!hana::is_empty_impl<klass::type_list_tag>::apply(AB{}));
static_assert(hana::contains_impl<klass::type_list_tag>::apply(AB{}, hana::type_c<B>));
static_assert(hana::equal_impl<klass::type_list_tag, klass::type_list_tag>::apply(AB{}, AB{}));
static_assert(hana::make_impl<klass::type_list_tag>::apply() == klass::type_list<>{});
