// Uses of what <klass/suggestions.hpp> declares, with only it included
// (tests/harness.py header). A test of internals: the header declares no public
// name (klass::detail: CPython's "Did you mean" suggestion).
#include <klass/suggestions.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("color"_a = 1);
};
static_assert(std::is_same_v<klass::detail::suggestion<A, decltype("colour"_a), false>::type, decltype("color"_a)>);
static_assert(std::is_void_v<klass::detail::suggestion<A, decltype("zzzzzz"_a), false>::type>);
