// The habr notes, part 2: C.x looks in C's dict, then its bases' dicts, then its
// metaclass's; an instance's lookup never reaches the metaclass.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Ameta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "foo"_a = [](auto cls) { return "Ameta.foo of " + std::string(cls.__name__); },
      "tag"_a = "Ameta.tag");
};

struct A {
  using metaclass = Ameta;
};

struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict(  // B's own dict wins over the metaclass
      "foo"_a = klass::classmethod([](auto cls) { return "B.foo of " + std::string(cls.__name__); }));
};

struct C {
  using bases = klass::bases<B>;
};

struct D {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("tag"_a = "D.tag");
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  print(klass::getattr(A_, "foo"_a)());
  print(klass::getattr(B_, "foo"_a)(), klass::getattr(C_, "foo"_a)());
  print(klass::getattr(D_, "foo"_a)());
  auto a = A_();
  auto b = B_();
  auto c = C_();
  auto d = D_();
  print(klass::hasattr(A_, "foo"_a), klass::hasattr(a, "foo"_a));
  print(klass::getattr(b, "foo"_a)(), klass::getattr(c, "foo"_a)());  // the classmethod is in the instances' MRO
  print(klass::hasattr(D_, "foo"_a), klass::hasattr(d, "foo"_a));
  // Left out: the seed's d.foo() raising AttributeError; in klass it is a compile
  // error (tests/fail/attr_object_has_no_attribute.cpp), so hasattr shows it here.
  print(klass::getattr(A_, "tag"_a), klass::getattr(C_, "tag"_a), klass::getattr(D_, "tag"_a),
        klass::getattr(d, "tag"_a));
  print(klass::hasattr(a, "tag"_a), klass::hasattr(c, "tag"_a), klass::hasattr(d, "tag"_a));
}
