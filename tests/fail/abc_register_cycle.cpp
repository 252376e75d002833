// Registering an ABC's own base as its virtual subclass would make a cycle:
// ABCMeta.register refuses ("Refusing to create an inheritance cycle").
// expect: RuntimeError
// expect-python: Refusing to create an inheritance cycle
// expect-clang14: klass::error::refusing_to_create_an_inheritance_cycle<Base, Derived>
#include <klass/klass.hpp>

struct Base {
  using bases = klass::bases<klass::abc>;
};
struct Derived {
  using bases = klass::bases<Base>;
};
struct Unrelated {};
#ifdef KLASS_EXPECT_FAIL
template <>
struct klass::abc_register<Base> : klass::bases<Derived> {};  // Derived.register(Base)
#else
template <>
struct klass::abc_register<Unrelated> : klass::bases<Derived> {};
#endif

int main() {
#ifdef KLASS_RESULT_USED
  static_assert(!klass::issubclass<Base, Derived>);  // the answer used at compile time
  return klass::isinstance(klass::cls<Derived>(), klass::cls<Base>) ? 0 : 1;
#else
  return klass::issubclass<Base, Derived> ? 1 : 0;
#endif
}
