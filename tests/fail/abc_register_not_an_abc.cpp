// Only an ABC has register(): registering with an ordinary class is refused.
// expect: AttributeError
// expect-python: type object 'Plain' has no attribute 'register'
// expect-clang14: klass::error::register_needs_an_abc<Impl, Plain>
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
int main() {
#ifdef KLASS_RESULT_USED
  static_assert(!klass::issubclass<Impl, Abc> || klass::issubclass<Impl, klass::object>);  // the answer used at compile time
  return klass::isinstance(klass::cls<Impl>(), klass::cls<Abc>) ? 0 : 1;
#else
  return klass::issubclass<Impl, Abc> ? 0 : 1;
#endif
}
