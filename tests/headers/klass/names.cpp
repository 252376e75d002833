// Uses of what <klass/names.hpp> declares, with only it included (tests/harness.py header).
#include <klass/names.hpp>

#include <type_traits>

using namespace klass::literals;

static_assert(std::is_same_v<decltype("ab"_a), klass::attr<'a', 'b'>>);
static_assert(std::is_same_v<klass::attr_c<"ab">, klass::attr<'a', 'b'>>);
static_assert(("ab"_a).name == "ab" && std::string_view("ab"_a) == "ab");
static_assert(klass::attribute_name<decltype("x"_a)> && !klass::attribute_name<int>);
constexpr klass::entry<klass::attr_c<"x">, int> entry = ("x"_a = 1);
static_assert(entry.value == 1 && decltype(entry)::name == "x");
static_assert(std::is_same_v<decltype(("s"_a = "text").value), std::string_view>);
