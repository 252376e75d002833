// Shapes in one container: Python's `for s in shapes: total += s.area()` looks
// area up on each object's own class. klass::handle<Shape> holds a Circle or a
// Square (any class with Shape in its MRO) and dispatches every name through a
// table generated at compile time for the object's class: methods, properties,
// class attributes, classmethods. Also: a function taking any Shape, type(s),
// isinstance, a checked downcast, and names known only at run time (getattr
// with a string, as a serializer does).
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

std::string fixed2(double x) {  // f"{x:.2f}"
  char text[64];
  std::snprintf(text, sizeof text, "%.2f", x);
  return text;
}
const char* py(bool b) { return b ? "True" : "False"; }

struct Shape {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      "name"_a = std::string_view("shape"),
      // @abstractmethod def area(self) -> float: subclasses implement it
      "area"_a = klass::abstractmethod(klass::signature<double()>()),
      // @property def sides(self): 0
      "sides"_a = klass::property([](auto&) { return 0; }),
      // def describe(self): written once, for every shape
      "describe"_a = [](auto& self) {
        return std::string(klass::getattr(self, "name"_a)) + " with " +
               std::to_string(klass::getattr(self, "sides"_a)) + " sides, area " +
               fixed2(klass::getattr(self, "area"_a)());
      },
      // @classmethod def kind(cls): cls.__name__.lower()
      "kind"_a = klass::classmethod([](auto cls) {
        std::string out(cls.__name__);
        for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return out;
      }));
};

struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "name"_a = std::string_view("circle"), "radius"_a = klass::field<double>,
      "__init__"_a = [](auto& self, double radius) { klass::setattr(self, "radius"_a, radius); },
      "area"_a = [](auto& self) { return 3.14159 * klass::getattr(self, "radius"_a) * klass::getattr(self, "radius"_a); });
};

struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "name"_a = std::string_view("square"), "side"_a = klass::field<double>,
      "__init__"_a = [](auto& self, double side) { klass::setattr(self, "side"_a, side); },
      "area"_a = [](auto& self) { return klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); },
      "sides"_a = klass::property([](auto&) { return 4; }));
};

// A square that is a rectangle: inherits area and sides, has its own name.
struct Tile {
  using bases = klass::bases<Square>;
  static constexpr auto dict = klass::dict("name"_a = std::string_view("tile"));
};

// def total_area(shapes): any shapes at all
double total_area(const std::vector<klass::handle<Shape>>& shapes) {
  double total = 0;
  for (const auto& s : shapes) total += klass::getattr(s, "area"_a)();
  return total;
}
// def report(s: Shape): one shape, whatever its class
void report(klass::handle<Shape> s) {
  std::cout << klass::type_of(s).__name__ << ": " << klass::getattr(s, "describe"_a)() << " (kind "
            << klass::getattr(s, "kind"_a)() << ")\n";
}

int main() {
  std::vector<klass::handle<Shape>> shapes{klass::cls<Circle>(1.0), klass::cls<Square>(2.0), klass::cls<Tile>(0.5)};
  for (const auto& s : shapes) report(s);
  report(klass::cls<Circle>(2.0));
  std::cout << "total area: " << fixed2(total_area(shapes)) << '\n';

  // type(s), isinstance(s, C), and using a Square as a Square
  for (const auto& s : shapes) {
    std::cout << klass::type_of(s).__name__ << " mro:";
    for (std::string_view n : klass::type_of(s).mro_names()) std::cout << ' ' << n;
    std::cout << " | is a Square: " << py(klass::isinstance(s, klass::cls<Square>))
              << " | is exactly a Square: " << py(klass::type_of(s) == klass::cls<Square>) << '\n';
    if (auto square = klass::cast<Square>(s)) {
      klass::setattr(*square, "side"_a, klass::getattr(*square, "side"_a) * 2);
      std::cout << "  doubled its side: area " << fixed2(klass::getattr(s, "area"_a)()) << '\n';
    }
  }

  // Names known only at run time: getattr(s, name) for the names a form lists
  // (Shape declares them), hasattr(s, name) for any name, on the object's class.
  const std::vector<std::string_view> form{"name", "sides"};
  auto show = [](auto&& value) {
    using T = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, int>) std::cout << value;
  };
  for (const auto& s : shapes) {
    std::cout << klass::type_of(s).__name__ << ':';
    for (std::string_view field : form) {
      std::cout << ' ' << field << '=';
      klass::visit_attr(s, field, show);
    }
    std::cout << " | has radius: " << py(klass::hasattr(s, std::string_view("radius")))
              << " | has side: " << py(klass::hasattr(s, std::string_view("side"))) << '\n';
  }
}
