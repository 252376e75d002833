// Uses of what <klass/constants.hpp> declares, with only it included (tests/harness.py header).
#include <klass/constants.hpp>

#include <type_traits>

static_assert(klass::none == klass::none_t{});
static_assert(std::is_same_v<decltype(klass::NotImplemented), const klass::not_implemented_t>);
