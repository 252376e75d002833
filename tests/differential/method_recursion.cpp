// Methods that reach themselves again through klass::getattr (see
// method_recursion.py): direct and mutual recursion, a classmethod through cls, a
// staticmethod through its class, an override reached again through super(), and
// two classes whose methods call each other. Each such method states its return
// type: a deduced one would be needed while it is being deduced (docs/attributes.md).
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Maths {
  static constexpr auto dict = klass::dict(
      "fact"_a = [](auto& self, int n) -> int { return n <= 1 ? 1 : n * klass::getattr(self, "fact"_a)(n - 1); },
      "even"_a = [](auto& self, int n) -> bool { return n == 0 ? true : klass::getattr(self, "odd"_a)(n - 1); },
      "odd"_a = [](auto& self, int n) -> bool { return n == 0 ? false : klass::getattr(self, "even"_a)(n - 1); },
      "fib"_a = klass::classmethod([](auto cls, int n) -> int {
        return n < 2 ? n : klass::getattr(cls, "fib"_a)(n - 1) + klass::getattr(cls, "fib"_a)(n - 2);
      }),
      // Maths names its own class, which is complete only after its `};`: the
      // code depends on the class as a template parameter (docs/creation.md).
      "gcd"_a = klass::staticmethod([]<class M = Maths>(int a, int b) -> int {
        return b == 0 ? a : klass::getattr(klass::cls<M>, "gcd"_a)(b, a % b);
      }),
      "countdown"_a = []<class M = Maths>(auto& self, int n) -> std::string {
        return n == 0 ? "" : std::to_string(n) + " " + klass::getattr(klass::cls<M>, "countdown"_a)(self, n - 1);
      });
};
struct Tens {
  using bases = klass::bases<Maths>;
  static constexpr auto dict = klass::dict(
      "fact"_a = [](auto& self, int n) -> int { return 10 * klass::getattr(klass::super<Tens>(self), "fact"_a)(n); });
};

struct Ping {
  static constexpr auto dict = klass::dict("ping"_a = [](auto& self, int n, auto& other) -> std::string {
    return n == 0 ? "" : "ping " + klass::getattr(other, "pong"_a)(n - 1, self);
  });
};
struct Pong {
  static constexpr auto dict = klass::dict("pong"_a = [](auto& self, int n, auto& other) -> std::string {
    return n == 0 ? "" : "pong " + klass::getattr(other, "ping"_a)(n - 1, self);
  });
};

int main() {
  auto m = klass::cls<Maths>();
  constexpr auto maths = klass::cls<Maths>;
  print(klass::getattr(m, "fact"_a)(5), klass::getattr(m, "even"_a)(10), klass::getattr(m, "odd"_a)(7),
        klass::getattr(m, "even"_a)(7), klass::getattr(maths, "fib"_a)(10), klass::getattr(m, "fib"_a)(7),
        klass::getattr(maths, "gcd"_a)(84, 36), klass::getattr(m, "countdown"_a)(3));
  auto t = klass::cls<Tens>();
  print(klass::getattr(t, "fact"_a)(3), klass::getattr(klass::cls<Tens>, "fib"_a)(6));

  auto pong = klass::cls<Pong>();
  print(klass::getattr(klass::cls<Ping>(), "ping"_a)(5, *pong));
}
