// Compile-time facts of class namespaces (<klass/dict.hpp>): compiling this file is the test.
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

namespace dicts {
struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "s"_a = "text", "f"_a = [](auto&) { return 0; });
};
static_assert(A::dict["x"_a] == 1);
static_assert(A::dict["s"_a] == "text");  // a literal is stored as std::string_view
static_assert(std::is_same_v<std::remove_cvref_t<decltype(A::dict["s"_a])>, std::string_view>);
static_assert(A::dict.size == 3);
static_assert(A::dict.names() == hana::tuple_t<klass::attr_c<"x">, klass::attr_c<"s">, klass::attr_c<"f">>);

// ns['x'] = v: an existing name keeps its place with the new value; a new one is appended.
constexpr auto edited = klass::dict("a"_a = 1, "b"_a = 2).with("a"_a = 5, "c"_a = 3, "c"_a = 4);
static_assert(edited["a"_a] == 5 && edited["b"_a] == 2 && edited["c"_a] == 4);
static_assert(decltype(edited)::names() == hana::tuple_t<klass::attr_c<"a">, klass::attr_c<"b">, klass::attr_c<"c">>);
}  // namespace dicts
