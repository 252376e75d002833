// The Descriptor HowTo on super(): super(B, obj).x looks for x in the MRO of
// type(obj), starting after B, and binds what it finds with
// __get__(obj, type(obj)); when obj is a class, with __get__(None, obj).
#include <string>
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Show {
  template <class Obj>
  std::string get(const Obj& obj, auto objtype) const {
    std::string who = "None";
    if constexpr (!std::is_same_v<Obj, klass::none_t>) who = std::string(klass::type_of(obj).__name__) + " instance";
    static_cast<void>(obj);
    return "Show: obj=" + who + "; type=" + std::string(objtype.__name__);
  }
};

struct A {
  static constexpr auto dict = klass::dict(
      "d"_a = Show{},
      "m"_a = [](auto& self) { return "A.m of " + std::string(klass::type_of(self).__name__); },
      "c"_a = klass::classmethod([](auto cls) { return "A.c of " + std::string(cls.__name__); }),
      "p"_a = klass::property([](auto& self) { return "A.p of " + std::string(klass::type_of(self).__name__); }));
};

struct B {
  using bases = klass::bases<A>;
  // Python's zero-argument super() in B's methods is super(B, self) or super(B, cls).
  static constexpr auto dict = klass::dict(
      "d"_a = "B.d",
      "m"_a = [](auto& self) { return "B.m, then " + klass::getattr(klass::super<B>(self), "m"_a)(); },
      "c"_a = klass::classmethod(
          [](auto cls) { return "B.c, then " + klass::getattr(klass::super<B>(cls), "c"_a)(); }),
      "p"_a = klass::property(
          [](auto& self) { return "B.p, then " + klass::getattr(klass::super<B>(self), "p"_a); }));
};

struct C {
  using bases = klass::bases<B>;
};

int main() {
  constexpr auto C_ = klass::cls<C>;
  auto c = C_();
  print(klass::getattr(c, "d"_a), "|", klass::getattr(klass::super<B>(c), "d"_a));
  print(klass::getattr(klass::super<B>(C_), "d"_a));
  print(klass::getattr(klass::super<C>(c), "d"_a), klass::getattr(klass::super<C>(C_), "d"_a));
  print(klass::getattr(c, "m"_a)());
  print(klass::getattr(klass::super<B>(c), "m"_a)());
  print(klass::getattr(klass::super<B>(C_), "m"_a)(*c));
  print(klass::getattr(C_, "c"_a)(), "|", klass::getattr(c, "c"_a)());
  print(klass::getattr(c, "p"_a));
  print(klass::getattr(klass::super<C>(c), "p"_a));
}
