// Cooperative super() chains reached through a base handle (test_super's
// hierarchy: A, B(A), C(A), D(C, B), E(D), F(E) with f = E.f, G(A)): each f adds
// its class's letter after what super() gives, so a D's f gives 'ABCD' through a
// handle of A as on the exact D. super(C, o) through a handle of C continues in
// the MRO of o's own class: after C in D's MRO comes B, a class C does not know.
// Cooperative methods with arguments (test_supers' meth) too.
#include <iostream>
#include <string>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return std::string("A"); },
                                           "meth"_a = [](auto&, int a) { return "A(" + std::to_string(a) + ")"; });
};
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict(
      "f"_a = [](auto& self) { return klass::getattr(klass::super<B>(self), "f"_a)() + "B"; },
      "meth"_a = [](auto& self, int a) { return "B(" + std::to_string(a) + ")" + klass::getattr(klass::super<B>(self), "meth"_a)(a); });
};
struct C {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict(
      "f"_a = [](auto& self) { return klass::getattr(klass::super<C>(self), "f"_a)() + "C"; },
      "meth"_a = [](auto& self, int a) { return "C(" + std::to_string(a) + ")" + klass::getattr(klass::super<C>(self), "meth"_a)(a); });
};
struct D {
  using bases = klass::bases<C, B>;
  static constexpr auto dict = klass::dict(
      "f"_a = [](auto& self) { return klass::getattr(klass::super<D>(self), "f"_a)() + "D"; },
      "meth"_a = [](auto& self, int a) { return "D(" + std::to_string(a) + ")" + klass::getattr(klass::super<D>(self), "meth"_a)(a); });
};
struct E {
  using bases = klass::bases<D>;
};
struct F {
  using bases = klass::bases<E>;
  static constexpr auto dict = klass::dict("f"_a = D::dict["f"_a]);  // f = E.f: D's function again
};
struct G {
  using bases = klass::bases<A>;
};

int main() {
  // Any A at all, in one list; each f is its own class's, chained through super.
  std::vector<klass::handle<A>> all{klass::cls<A>(), klass::cls<B>(), klass::cls<C>(), klass::cls<D>(),
                                    klass::cls<E>(),  klass::cls<F>(), klass::cls<G>()};
  for (const auto& o : all)
    std::cout << klass::type_of(o).__name__ << ".f() = " << klass::getattr(o, "f"_a)()
              << "  meth(1) = " << klass::getattr(o, "meth"_a)(1) << '\n';

  // super(C, o) for o held as a C: B comes after C in D's, E's and F's MRO.
  std::vector<klass::handle<C>> cs{klass::cls<C>(), klass::cls<D>(), klass::cls<E>(), klass::cls<F>()};
  for (const auto& o : cs)
    std::cout << "super(C, " << klass::type_of(o).__name__ << "()).f() = " << klass::getattr(klass::super<C>(o), "f"_a)()
              << '\n';
  // super(B, o) for o held as a B: after B comes A, for every subclass.
  std::vector<klass::handle<B>> bs{klass::cls<B>(), klass::cls<D>(), klass::cls<F>()};
  for (const auto& o : bs)
    std::cout << "super(B, " << klass::type_of(o).__name__ << "()).meth(2) = "
              << klass::getattr(klass::super<B>(o), "meth"_a)(2) << '\n';
}
