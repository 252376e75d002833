// __set_name__(owner, name): each descriptor of a class body learns which class
// holds it and under which name, so one descriptor class serves several names; a
// subclass that inherits a descriptor does not rename it: the owner stays the
// class whose body defined it.
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Named {
  std::string_view owner{};
  std::string_view name{};
  constexpr void set_name(auto owner_class, auto attribute) {
    owner = owner_class.__name__;
    name = attribute;
  }
  std::string get(const auto&, auto objtype) const {
    return std::string(owner) + "." + std::string(name) + " seen from " + std::string(objtype.__name__);
  }
};

struct A {
  static constexpr auto dict = klass::dict("first"_a = Named{}, "second"_a = Named{});
};

struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("third"_a = Named{});
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  print(klass::getattr(A_, "first"_a));
  print(klass::getattr(A_, "second"_a));
  print(klass::getattr(B_, "first"_a));
  print(klass::getattr(B_, "third"_a));
  print(klass::getattr(A_(), "second"_a));
  print(klass::getattr(B_(), "first"_a));
  print(klass::getattr(B_(), "third"_a));
}
