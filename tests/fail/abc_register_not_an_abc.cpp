// Only an ABC has register(): registering with an ordinary class is refused.
// expect: AttributeError
// expect-gcc: type object \'Plain\' has no attribute \'register\'
// expect-clang: klass::error::register_needs_an_abc<Impl, Plain>
#include <klass/klass.hpp>

struct Plain {};
struct Abc {
  using bases = klass::bases<klass::abc>;
};
struct Impl {};
#ifdef KLASS_EXPECT_FAIL
template <>
struct klass::abc_register<Impl> : klass::bases<Plain> {};
#else
template <>
struct klass::abc_register<Impl> : klass::bases<Abc> {};
#endif

// Registrations are read when an ABC is asked about them.
int main() { return klass::issubclass<Impl, Abc> ? 0 : 1; }
