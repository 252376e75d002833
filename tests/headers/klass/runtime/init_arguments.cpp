// Uses of what <klass/runtime/init_arguments.hpp> declares, with only it included
// (tests/harness.py header): the names clang shows for Base's argument errors.
#include <klass/runtime/init_arguments.hpp>

using namespace klass::literals;

struct A {};
[[maybe_unused]] klass::runtime::error::unexpected_keyword_argument<A, decltype("x"_a)>* e1 = nullptr;
[[maybe_unused]] klass::runtime::error::got_multiple_values_for_keyword_argument<A, decltype("x"_a)>* e2 = nullptr;
[[maybe_unused]] klass::runtime::error::takes_1_positional_argument<A, int>* e3 = nullptr;
