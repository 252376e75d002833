// test_descr's methods: a function found through an instance is bound to that
// instance (the one used, even of a subclass); a function taken from a class is
// the plain function, which another class can store as its own method; an
// overriding method can call the base's function with self explicitly.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct C {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int x) { klass::setattr(self, "x"_a, x); },
      "foo"_a = [](auto& self) { return klass::getattr(self, "x"_a); },
      "describe"_a = [](auto& self) { return "C.describe x=" + std::to_string(klass::getattr(self, "x"_a)); });
};

struct D {
  using bases = klass::bases<C>;
  // Python's C.foo is the function in C's dict; klass::getattr(klass::cls<C>, "foo"_a)
  // is a wrapper around it, so the dict entry itself is stored again here.
  static constexpr auto dict = klass::dict(
      "boo"_a = C::dict["foo"_a],
      "describe"_a = [](auto& self) {
        return "D.describe, then " + klass::getattr(klass::cls<C>, "describe"_a)(self);
      });
};

int main() {
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  auto c1 = C_(1);
  print(klass::getattr(c1, "foo"_a)(), klass::getattr(C_, "foo"_a)(*c1));
  auto d2 = D_(2);
  print(klass::getattr(d2, "foo"_a)(), klass::getattr(d2, "boo"_a)(), klass::getattr(D_, "boo"_a)(*d2),
        klass::getattr(C_, "foo"_a)(*d2));
  print(klass::getattr(c1, "describe"_a)());
  print(klass::getattr(d2, "describe"_a)());
  auto m = klass::getattr(c1, "foo"_a);  // a bound method remembers its instance
  klass::setattr(c1, "x"_a, 5);
  print(m(), &m.self == c1.get(), &klass::getattr(d2, "boo"_a).self == d2.get());
}
