// klass::super<B>(obj) (<klass/super.hpp>): cooperative methods, __init__ diamonds, classmethods and properties through super.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

#include "../fixtures/cooperative.hpp"

using namespace klass::literals;

namespace {
std::vector<std::string> trace;
using cooperative::B;
using cooperative::D;
}  // namespace

TEST_CASE("super: cooperative methods run each class of the MRO once") {
  CHECK(klass::getattr(klass::cls<D>(), "f"_a)() == "ABCD");
  CHECK(klass::getattr(klass::cls<B>(), "f"_a)() == "AB");
}

namespace {
// A cooperative __init__ diamond.
struct Root {
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self) {
    trace.push_back("Root");
    klass::getattr(klass::super<Root>(self), "__init__"_a)();
  });
};
struct Left {
  using bases = klass::bases<Root>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self) {
    trace.push_back("Left");
    klass::getattr(klass::super<Left>(self), "__init__"_a)();
  });
};
struct Right {
  using bases = klass::bases<Root>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self) {
    trace.push_back("Right");
    klass::getattr(klass::super<Right>(self), "__init__"_a)();
  });
};
struct Bottom {
  using bases = klass::bases<Left, Right>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self) {
    trace.push_back("Bottom");
    klass::getattr(klass::super<Bottom>(self), "__init__"_a)();
  });
};
}  // namespace

TEST_CASE("a cooperative __init__ diamond follows the MRO") {
  trace.clear();
  klass::cls<Bottom>();
  CHECK(trace == std::vector<std::string>{"Bottom", "Left", "Right", "Root"});
}

namespace {
// super() in a classmethod, and reading a base's property through super.
struct Shape {
  static constexpr auto dict = klass::dict(
      "sides"_a = klass::field<int>,
      "describe"_a = klass::classmethod([](auto cls) { return std::string("Shape via ") + std::string(cls.__name__); }),
      "label"_a = klass::property([](auto& self) { return "shape with " + std::to_string(klass::getattr(self, "sides"_a)); }));
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "describe"_a = klass::classmethod(
          [](auto cls) { return "Square; " + klass::getattr(klass::super<Square>(cls), "describe"_a)(); }),
      "label"_a = klass::property([](auto& self) { return klass::getattr(klass::super<Square>(self), "label"_a) + "!"; }));
};
}  // namespace

TEST_CASE("super in classmethods binds the class used; a base property is read through super") {
  CHECK(klass::getattr(klass::cls<Square>, "describe"_a)() == "Square; Shape via Square");
  auto s = klass::cls<Square>();
  klass::setattr(s, "sides"_a, 4);
  CHECK(klass::getattr(s, "label"_a) == "shape with 4!");
}
