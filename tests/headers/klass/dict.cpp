// Uses of what <klass/dict.hpp> declares, with only it included (tests/harness.py header).
#include <klass/dict.hpp>

#include <boost/hana/equal.hpp>

using namespace klass::literals;

constexpr auto ns = klass::dict("a"_a = 1, "b"_a = "two");
static_assert(ns["a"_a] == 1 && ns["b"_a] == "two" && decltype(ns)::size == 2);
static_assert(decltype(ns)::names() == boost::hana::tuple_t<klass::attr_c<"a">, klass::attr_c<"b">>);
constexpr auto edited = ns.with("a"_a = 5, "c"_a = 3);
static_assert(edited["a"_a] == 5 && edited["c"_a] == 3);
static_assert(std::is_same_v<decltype(klass::dict()), klass::dict_t<>>);
[[maybe_unused]] klass::error::name_given_twice_in_one_class_dict<klass::attr_c<"a">>* twice = nullptr;
