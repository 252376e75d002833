// Registering an ABC's own base as its virtual subclass would make a cycle:
// ABCMeta.register refuses ("Refusing to create an inheritance cycle").
// expect: RuntimeError
// expect-gcc: Refusing to create an inheritance cycle
// expect-clang: klass::error::refusing_to_create_an_inheritance_cycle<Base, Derived>
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

int main() { return klass::issubclass<Base, Derived> ? 1 : 0; }
