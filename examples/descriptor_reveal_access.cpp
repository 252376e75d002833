// The Descriptor HowTo's RevealAccess: a data descriptor logging each get and set.
#include <iostream>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

// A descriptor is any class with get/set/del members (Python's __get__/__set__/__delete__).
struct RevealAccess {
  int val;
  std::string_view name;

  int get(auto& /*obj*/, auto /*objtype*/) const {
    std::cout << "Retrieving " << name << '\n';
    return val;
  }
  void set(auto& /*obj*/, int value) {
    std::cout << "Updating " << name << '\n';
    val = value;
  }
};

struct MyClass {
  static constexpr auto dict = klass::dict("x"_a = RevealAccess{10, "var \"x\""}, "y"_a = 5);
};

int main() {
  auto m = klass::cls<MyClass>();
  std::cout << klass::getattr(m, "x"_a) << '\n';
  klass::setattr(m, "x"_a, 20);
  std::cout << klass::getattr(m, "x"_a) << '\n';
  std::cout << klass::getattr(m, "y"_a) << '\n';
}
