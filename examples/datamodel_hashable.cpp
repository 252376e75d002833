// A hashable value class: equal values hash alike, so a set keeps one of each;
// a class with __eq__ alone is unhashable; one with neither hashes by identity
// (docs/datamodel.md).
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Color {
  static constexpr auto dict = klass::dict(
      "r"_a = klass::field<int>, "g"_a = klass::field<int>, "b"_a = klass::field<int>,
      "__init__"_a =
          [](auto& self, int r, int g, int b) {
            klass::setattr(self, "r"_a, r);
            klass::setattr(self, "g"_a, g);
            klass::setattr(self, "b"_a, b);
          },
      "__eq__"_a =
          [](auto& self, const klass::instance_of<Color> auto& other) {
            return klass::getattr(self, "r"_a) == klass::getattr(other, "r"_a) &&
                   klass::getattr(self, "g"_a) == klass::getattr(other, "g"_a) &&
                   klass::getattr(self, "b"_a) == klass::getattr(other, "b"_a);
          },
      "__hash__"_a = [](auto& self) {
        return (klass::getattr(self, "r"_a) << 16) | (klass::getattr(self, "g"_a) << 8) | klass::getattr(self, "b"_a);
      });
};
struct Token {};

const char* py(bool b) { return b ? "True" : "False"; }

int main() {
  constexpr auto C = klass::cls<Color>;
  std::unordered_set<klass::ref<Color>> palette{C(255, 0, 0), C(0, 128, 0), C(255, 0, 0)};
  std::cout << palette.size() << ' ' << py(palette.contains(C(0, 128, 0))) << ' ' << py(palette.contains(C(0, 0, 255)))
            << '\n';
  std::vector<std::ptrdiff_t> hashes;
  for (const auto& c : palette) hashes.push_back(klass::hash(c));
  std::ranges::sort(hashes);
  std::cout << klass::hash(C(1, 2, 3)) << " [" << hashes[0] << ", " << hashes[1] << "]\n";

  auto t = klass::cls<Token>();
  std::unordered_set<klass::ref<Token>> tokens{t, t, klass::cls<Token>()};
  std::cout << tokens.size() << '\n';
  // A class with __eq__ and no __hash__ in a set: TypeError: unhashable type;
  // in klass a compile error (tests/fail/datamodel_unhashable.cpp).
}
