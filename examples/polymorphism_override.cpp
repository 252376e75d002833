// A subclass that overrides a property with a plain method. Code written for
// Shape reads `s.area * 2`: Python accepts the class Tile, and the failure comes
// at run time, when a Tile reaches that code (TypeError: unsupported operand
// type(s) for *: 'method' and 'int'). Through a klass::handle<Shape>, `area`
// has one C++ type (a double), so a handle of Shape cannot hold a Tile: the
// conversion is refused when it is compiled (tests/fail/
// poly_property_overridden_by_method.cpp), and klass::can_hold says so without
// failing the build. Square overrides the property with a property: fine.
#include <iostream>
#include <string>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

const char* py(bool value) { return value ? "True" : "False"; }

struct Shape {
  static constexpr auto dict = klass::dict(
      "side"_a = klass::field<double>,
      "__init__"_a = [](auto& self, double side) { klass::setattr(self, "side"_a, side); },
      "area"_a = klass::property([](auto& self) { return klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); }));
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict =
      klass::dict("area"_a = klass::property([](auto& self) { return 1.0 * klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); }));
};
struct Tile {
  using bases = klass::bases<Shape>;
  static constexpr auto dict =
      klass::dict("area"_a = [](auto& self) { return klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); });
};

// Code written for Shape.
double doubled_area(const klass::handle<Shape>& s) { return klass::getattr(s, "area"_a) * 2; }

int main() {
  std::cout << "a Square can be used as a Shape: " << py(klass::can_hold<Shape, Square>) << '\n';
  std::cout << "a Tile can be used as a Shape: " << py(klass::can_hold<Shape, Tile>) << '\n';
  // A Tile used as itself is fine: area is its method there.
  auto tile = klass::cls<Tile>(3.0);
  std::cout << "Tile(3).area() = " << klass::getattr(tile, "area"_a)() << '\n';
  std::vector<klass::handle<Shape>> shapes{klass::cls<Shape>(1.0), klass::cls<Square>(2.0)};
  for (const auto& s : shapes) std::cout << klass::type_of(s).__name__ << ": " << doubled_area(s) << '\n';
}
