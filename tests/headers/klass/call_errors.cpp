// Uses of what <klass/call_errors.hpp> declares, with only it included
// (tests/harness.py header): the names clang 14 shows for a call with arguments
// the function cannot take.
#include <klass/call_errors.hpp>

struct A {};
struct f {};
[[maybe_unused]] klass::error::takes_positional_arguments_but_were_given<A, f, 1, 2>* too_many = nullptr;
[[maybe_unused]] klass::error::cannot_take_the_arguments_given<A, f, 2>* cannot = nullptr;
