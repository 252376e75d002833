// type_getattro and type_setattro: on a class, a data descriptor of the metaclass
// wins over the class's own dict; the class's MRO wins over the metaclass's
// methods and plain values; instances see only the class's MRO.
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "p"_a = klass::property([](auto cls) { return "Meta.p of " + std::string(cls.__name__); },
                              [](auto cls, std::string_view value) {
                                print("Meta.p set on", cls.__name__, "to", value);
                              }),
      "m"_a = [](auto cls) { return "Meta.m of " + std::string(cls.__name__); },
      "v"_a = "Meta.v");
};

struct A {
  using metaclass = Meta;
  static constexpr auto dict = klass::dict("p"_a = "A.p", "m"_a = "A.m", "v"_a = "A.v");
};

struct B {
  using bases = klass::bases<A>;
};

struct Alone {
  using metaclass = Meta;
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  constexpr auto Alone_ = klass::cls<Alone>;
  auto a = A_();
  auto b = B_();
  print(klass::getattr(A_, "p"_a), klass::getattr(B_, "p"_a), klass::getattr(Alone_, "p"_a));
  print(klass::getattr(a, "p"_a), klass::getattr(b, "p"_a));
  print(klass::getattr(A_, "m"_a), klass::getattr(B_, "m"_a), klass::getattr(a, "m"_a),
        klass::getattr(Alone_, "m"_a)());
  print(klass::getattr(A_, "v"_a), klass::getattr(B_, "v"_a), klass::getattr(b, "v"_a),
        klass::getattr(Alone_, "v"_a));
  klass::setattr(A_, "p"_a, std::string_view("x"));  // the metaclass property's setter, not A's dict
  print(klass::getattr(A_, "p"_a), klass::getattr(a, "p"_a));
  klass::setattr(A_, "v"_a, std::string_view("A.v2"));
  klass::setattr(klass::cls<Meta>, "v"_a, std::string_view("Meta.v2"));
  print(klass::getattr(A_, "v"_a), klass::getattr(B_, "v"_a), klass::getattr(b, "v"_a),
        klass::getattr(Alone_, "v"_a));
}
