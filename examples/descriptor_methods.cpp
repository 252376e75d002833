// The Descriptor HowTo's functions and methods, staticmethod and classmethod.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct D {
  static constexpr auto dict = klass::dict("f"_a = [](auto& /*self*/, int x) { return x; });
};

struct E {
  static constexpr auto dict = klass::dict("f"_a = klass::staticmethod([](int x) { return x; }));
};

struct E2 {
  static constexpr auto dict = klass::dict("f"_a = klass::classmethod([](auto klass_, int x) {
    return "('" + std::string(klass_.__name__) + "', " + std::to_string(x) + ")";
  }));
};
struct E3 {
  using bases = klass::bases<E2>;
};

struct Sample {
  // The HowTo's "erf" of .9332 at 1.5 is the normal distribution function:
  // (1 + erf(x / sqrt(2))) / 2.
  static constexpr auto dict = klass::dict(
      "erf"_a = klass::staticmethod([](double x) { return (1 + std::erf(x / std::sqrt(2.0))) / 2; }));
};

// Python's Dict derives from dict; here the mapping is an instance attribute kept
// in insertion order, as Python 3.7+ dicts are.
struct Dict {
  using items_t = std::vector<std::pair<char, klass::none_t>>;
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<items_t>,
      "__init__"_a = [](auto& self) { klass::setattr(self, "items"_a, items_t{}); },
      "__setitem__"_a = [](auto& self, char key, klass::none_t value) {
        auto& items = klass::getattr(self, "items"_a);
        for (auto& item : items)
          if (item.first == key) return void(item.second = value);
        items.emplace_back(key, value);
      },
      // "Emulate dict_fromkeys() in Objects/dictobject.c"
      "fromkeys"_a = klass::classmethod([](auto klass_, std::string_view iterable) {
        auto d = klass_();
        for (char key : iterable) klass::getattr(d, "__setitem__"_a)(key, klass::none);
        return d;
      }));
};

int main() {
  auto d = klass::cls<D>();
  std::cout << D::dict["f"_a](*d, 1) << '\n';                      // stored as a plain function
  std::cout << klass::getattr(klass::cls<D>, "f"_a)(*d, 2) << '\n';  // from the class: still the function
  std::cout << klass::getattr(d, "f"_a)(3) << '\n';                 // from an instance: bound to d
  // D.f() without an instance is a TypeError; in klass a compile error
  // (tests/fail/attr_missing_self.cpp).

  std::cout << klass::getattr(klass::cls<E>, "f"_a)(3) << '\n';
  std::cout << klass::getattr(klass::cls<E>(), "f"_a)(3) << '\n';

  std::cout << klass::getattr(klass::cls<E2>, "f"_a)(3) << '\n';
  std::cout << klass::getattr(klass::cls<E2>(), "f"_a)(3) << '\n';
  std::cout << klass::getattr(klass::cls<E3>(), "f"_a)(3) << '\n';  // the instance's type is bound

  auto s = klass::cls<Sample>();
  std::printf("%.4f %.4f\n", klass::getattr(s, "erf"_a)(1.5), klass::getattr(klass::cls<Sample>, "erf"_a)(1.5));

  auto keys = klass::getattr(klass::cls<Dict>, "fromkeys"_a)("abracadabra");
  std::cout << '{';
  const char* separator = "";
  for (const auto& [key, value] : klass::getattr(keys, "items"_a)) {
    std::cout << separator << '\'' << key << "': None";
    separator = ", ";
  }
  std::cout << "}\n";
}
