// The data model on objects held by a base-typed handle: bool(o) (__bool__,
// else __len__, else true), len(o), repr(o) and str(o) (the class's own, or
// object's `<__main__.C object at ...>`, compared by its prefix), hash(o) (a
// class with __eq__ and no __hash__ is unhashable), and __del__ once, when the
// last reference goes, whichever handle holds it.
#include <string>
#include <string_view>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct Box {
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<int>(0),
      "__len__"_a = [](auto& self) { return klass::getattr(self, "items"_a); },
      "__repr__"_a = [](auto& self) { return "Box(" + std::to_string(klass::getattr(self, "items"_a)) + ")"; });
};
struct Crate {
  using bases = klass::bases<Box>;
  static constexpr auto dict = klass::dict(
      "__str__"_a = [](auto& self) { return "a crate of " + std::to_string(klass::getattr(self, "items"_a)); },
      "__bool__"_a = [](auto&) { return true; },  // never empty
      "__del__"_a = [](auto& self) { print("Crate.__del__", klass::getattr(self, "items"_a)); });
};
struct Bag {
  using bases = klass::bases<Box>;
  static constexpr auto dict = klass::dict(
      "__eq__"_a = [](auto& self, const auto& other) {
        return klass::getattr(self, "items"_a) == klass::getattr(other, "items"_a);
      },
      "__hash__"_a = [](auto& self) { return 1000 + klass::getattr(self, "items"_a); });
};
struct Sack {
  using bases = klass::bases<Box>;
  static constexpr auto dict =
      klass::dict("__eq__"_a = [](auto&, const auto&) { return true; });  // no __hash__: unhashable
};

std::string start(const std::string& text, std::size_t n) { return text.substr(0, n); }

int main() {
  {
    std::vector<klass::handle<Box>> boxes{klass::cls<Box>(), klass::cls<Crate>(), klass::cls<Bag>(), klass::cls<Sack>()};
    for (const auto& b : boxes) {
      print(klass::type_of(b).__name__, klass::truth(b), klass::len(b), klass::repr(b), klass::str(b));
      klass::setattr(b, "items"_a, 3);
      print(" now:", static_cast<bool>(b), klass::len(b), klass::repr(b), klass::str(b));
      attempt([&] { print(" hash:", klass::hash(b) == 1003 ? "1003" : "by identity"); });
    }
    klass::handle<klass::object> plain = klass::cls<klass::object>();
    print(start(klass::repr(plain), 20), klass::truth(plain));
    klass::handle<klass::object> crate = boxes[1];
    boxes.clear();
    print("the list is cleared");
  }  // the last reference to the Crate goes here
  print("done");
}
