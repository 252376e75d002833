// The Descriptor HowTo's Cell: a value recalculated on every access through a property.
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Cell {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "recalcs"_a = klass::field<int>,
      "_value"_a = klass::field<int>,
      "__init__"_a = [](auto& self, std::string name) {
        klass::setattr(self, "name"_a, name);
        klass::setattr(self, "recalcs"_a, 0);
        klass::setattr(self, "_value"_a, 0);
      },
      "recalc"_a = [](auto& self) {
        klass::getattr(self, "recalcs"_a) += 1;
        klass::setattr(self, "_value"_a, 10 * klass::getattr(self, "recalcs"_a));
      },
      // "Recalculate cell before returning value"
      "value"_a = klass::property([](auto& self) {
        klass::getattr(self, "recalc"_a)();
        return klass::getattr(self, "_value"_a);
      }));
};

int main() {
  auto cell = klass::cls<Cell>("b10");
  std::cout << klass::getattr(cell, "name"_a) << ' ' << klass::getattr(cell, "value"_a) << '\n';
  std::cout << klass::getattr(cell, "name"_a) << ' ' << klass::getattr(cell, "value"_a) << '\n';
  std::cout << "recalculated " << klass::getattr(cell, "recalcs"_a) << " times\n";
}
