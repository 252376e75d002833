// "__new__() in python" (Akshar Raaj), first part: an instance method receives
// the instance as its first argument; called on the class, it must be given one;
// a staticmethod receives only the arguments of the call, from the class or an
// instance.
#include <iostream>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict =
      klass::dict("met"_a = [](auto& /*self*/, int a, int b) { std::cout << a << ' ' << b << '\n'; });
};

struct B {
  static constexpr auto dict =
      klass::dict("met"_a = klass::staticmethod([](int a, int b) { std::cout << a << ' ' << b << '\n'; }));
};

int main() {
  auto obj = klass::cls<A>();
  klass::getattr(obj, "met"_a)(1, 2);
  // A.met(1, 2) is a TypeError (Python 3: "A.met() missing 1 required positional
  // argument: 'b'"); in klass the call does not compile ("the function was called
  // with the wrong arguments"; tests/fail/attr_missing_self.cpp for A.met()).
  klass::getattr(klass::cls<A>, "met"_a)(*obj, 3, 4);

  klass::getattr(klass::cls<B>, "met"_a)(5, 6);
  auto b = klass::cls<B>();
  klass::getattr(b, "met"_a)(5, 6);
}
