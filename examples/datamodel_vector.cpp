// A numeric class: operators from special methods, reflected and in-place forms,
// comparison and hashing by value, repr and str (docs/datamodel.md).
#include <cmath>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Vector {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>(0), "y"_a = klass::field<int>(0),
      "__init__"_a =
          [](auto& self, int x, int y) {
            klass::setattr(self, "x"_a, x);
            klass::setattr(self, "y"_a, y);
          },
      // Only a Vector: any other operand declines, as `return NotImplemented` does.
      "__add__"_a =
          [](auto& self, const klass::instance_of<Vector> auto& other) {
            return klass::cls<Vector>(klass::getattr(self, "x"_a) + klass::getattr(other, "x"_a),
                                      klass::getattr(self, "y"_a) + klass::getattr(other, "y"_a));
          },
      "__sub__"_a =
          [](auto& self, const klass::instance_of<Vector> auto& other) {
            return klass::cls<Vector>(klass::getattr(self, "x"_a) - klass::getattr(other, "x"_a),
                                      klass::getattr(self, "y"_a) - klass::getattr(other, "y"_a));
          },
      "__mul__"_a = [](auto& self,
                       int k) { return klass::cls<Vector>(klass::getattr(self, "x"_a) * k, klass::getattr(self, "y"_a) * k); },
      "__rmul__"_a = [](auto& self, int k) { return self * k; },
      "__iadd__"_a =
          [](auto& self, const klass::instance_of<Vector> auto& other) -> auto& {
            klass::setattr(self, "x"_a, klass::getattr(self, "x"_a) + klass::getattr(other, "x"_a));
            klass::setattr(self, "y"_a, klass::getattr(self, "y"_a) + klass::getattr(other, "y"_a));
            return self;
          },
      "__neg__"_a = [](auto& self) { return klass::cls<Vector>(-klass::getattr(self, "x"_a), -klass::getattr(self, "y"_a)); },
      "__abs__"_a = [](auto& self) { return std::hypot(klass::getattr(self, "x"_a), klass::getattr(self, "y"_a)); },
      "__bool__"_a = [](auto& self) { return klass::getattr(self, "x"_a) != 0 || klass::getattr(self, "y"_a) != 0; },
      "__eq__"_a =
          [](auto& self, const klass::instance_of<Vector> auto& other) {
            return klass::getattr(self, "x"_a) == klass::getattr(other, "x"_a) &&
                   klass::getattr(self, "y"_a) == klass::getattr(other, "y"_a);
          },
      "__hash__"_a = [](auto& self) { return klass::getattr(self, "x"_a) * 1000003 ^ klass::getattr(self, "y"_a); },
      "__repr__"_a =
          [](auto& self) {
            return "Vector(" + std::to_string(klass::getattr(self, "x"_a)) + ", " +
                   std::to_string(klass::getattr(self, "y"_a)) + ")";
          },
      "__str__"_a = [](auto& self) {
        return "(" + std::to_string(klass::getattr(self, "x"_a)) + ", " + std::to_string(klass::getattr(self, "y"_a)) +
               ")";
      });
};

const char* py(bool b) { return b ? "True" : "False"; }
// A float as Python prints it (enough for these values): 5.0, 2.5
std::string py(double d) {
  std::string text = std::to_string(d);
  text.erase(text.find_last_not_of('0') + 1);
  return text.back() == '.' ? text + "0" : text;
}

int main() {
  constexpr auto V = klass::cls<Vector>;
  auto v = V(3, 4), w = V(1, -2);
  std::cout << v + w << ' ' << v - w << ' ' << v * 2 << ' ' << 3 * w << ' ' << -v << '\n';
  std::cout << klass::repr(v) << ' ' << py(klass::abs(v)) << ' ' << py(static_cast<bool>(v)) << ' '
            << py(static_cast<bool>(V(0, 0))) << '\n';
  std::cout << py(v == V(3, 4)) << ' ' << py(v != w) << ' ' << py(klass::is(v, V(3, 4))) << '\n';
  auto u = v;
  u += w;
  std::cout << u << ' ' << v << ' ' << py(klass::is(u, v)) << '\n';
  // v + 1 is a TypeError in Python, and a compile error here: __add__ takes only a
  // Vector, and int has no __radd__ for it.
}
