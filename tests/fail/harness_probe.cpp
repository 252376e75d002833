// Proves the compile-fail harness itself: this case fails only for the reason it
// states, and its twin compiles. If the harness accepted any failure, or ignored
// the expected text, tests/check/harness_selftest.py would catch it.
// expect: klass-harness-probe: the expected failure happened
#include <klass/klass.hpp>

template <class T>
constexpr bool probe_fails = false;

#ifdef KLASS_EXPECT_FAIL
static_assert(probe_fails<int>, "klass-harness-probe: the expected failure happened");
#ifdef KLASS_RESULT_USED
constexpr bool used = probe_fails<int>;  // its result used: no second error
#endif
#endif

int main() {}
