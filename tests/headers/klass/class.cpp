// Uses of what <klass/class.hpp> declares, with only it included (tests/harness.py header).
#include <klass/class.hpp>

#include <boost/hana/equal.hpp>

namespace ns {
struct A {};
struct B {
  using bases = klass::bases<A>;
  static constexpr std::string_view class_name = "Bee";
};
}  // namespace ns

static_assert(klass::class_type<ns::A> && klass::class_type<klass::object> && !klass::class_type<int>);
static_assert(klass::name<ns::A> == "A" && klass::name<ns::B> == "Bee" && klass::name<klass::object> == "object");
static_assert(klass::bases_of<ns::B> == boost::hana::tuple_t<ns::A>);
static_assert(klass::bases_of<ns::A> == boost::hana::tuple_t<klass::object>);
static_assert(klass::bases_of<klass::object> == boost::hana::tuple_t<>);
static_assert(std::is_same_v<klass::object::bases, klass::bases<>>);
static_assert(decltype(klass::object::dict)::size == 8);  // __new__, __init__, ..., __delattr__, __class__, __dict__
