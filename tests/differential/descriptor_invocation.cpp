// The Descriptor HowTo, "Invoking Descriptors": o.d calls
// type(o).__dict__['d'].__get__(o, type(o)); C.d calls __get__(None, C), with the
// class used, not the class that defines d. A descriptor can also be called directly.
// (test_descr's doc descriptor: __doc__ is an attribute like any other.)
#include <string>
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Show {
  template <class Obj>
  std::string get(const Obj& obj, auto objtype) const {
    std::string who;
    if constexpr (std::is_same_v<Obj, klass::none_t>)
      who = "None";
    else
      who = std::string(klass::type_of(obj).__name__) + " instance";
    static_cast<void>(obj);
    return "obj=" + who + "; type=" + std::string(objtype.__name__);
  }
};

struct A {
  static constexpr auto dict = klass::dict("d"_a = Show{}, "__doc__"_a = Show{});
};

struct B {
  using bases = klass::bases<A>;
};
// Left out: B.__doc__. Python gives every class its own __doc__ (None here); a
// klass class has only the names it declares, so B would inherit A's.

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  auto a = A_();
  auto b = B_();
  print(klass::getattr(a, "d"_a));
  print(klass::getattr(A_, "d"_a));
  print(klass::getattr(b, "d"_a));
  print(klass::getattr(B_, "d"_a));
  print(klass::getattr(A_, "__doc__"_a));
  print(klass::getattr(a, "__doc__"_a));
  print(A::dict["d"_a].get(*b, A_));
  print(A::dict["d"_a].get(klass::none, B_));
  print(klass::name<std::remove_cvref_t<decltype(A::dict["d"_a])>>);  // the dict holds the descriptor itself
}
