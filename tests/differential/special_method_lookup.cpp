// Special methods are looked up on the type, never in the instance's own dict (the
// habr notes, part 3; test_descr's special method lookup): an instance attribute
// named __getattr__ or __setattr__ is an ordinary attribute, and a class's
// __setattr__ is for its instances, not for assignments to the class itself.
#include <functional>
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct A {
  static constexpr auto dict = klass::dict(
      "x"_a = "A.x",
      "__setattr__"_a = [](auto& self, auto name, std::string_view value) {
        print("A.__setattr__", std::string_view(name), value);
        klass::getattr(klass::cls<klass::object>, "__setattr__"_a)(self, name, value);  // object.__setattr__
      });
};

// The names B's instances hold are declared (docs/limitations.md): `missing` is
// one that is never set.
struct B {
  static constexpr auto dict = klass::dict(
      "__getattr__"_a = klass::field<std::function<std::string(std::string_view)>>,
      "__setattr__"_a = klass::field<std::function<void(std::string_view, std::string_view)>>,
      "y"_a = klass::field<std::string_view>,
      "missing"_a = klass::field<std::string>);
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  auto a = A_();
  klass::setattr(a, "x"_a, std::string_view("a.x"));
  klass::getattr(a, "__setattr__"_a)("x"_a, "a.x2");  // the hook, called by hand
  print(klass::getattr(a, "x"_a), klass::getattr(A_, "x"_a));
  klass::setattr(A_, "x"_a, std::string_view("A.x2"));  // type.__setattr__: A's hook is not used
  print(klass::getattr(A_, "x"_a), klass::getattr(a, "x"_a));

  auto b = klass::cls<B>();
  klass::setattr(b, "__getattr__"_a, [](std::string_view name) { return "instance hook for " + std::string(name); });
  klass::setattr(b, "__setattr__"_a, [](std::string_view, std::string_view) { print("never called"); });
  klass::setattr(b, "y"_a, std::string_view("b.y"));  // object.__setattr__: b's own attribute is ignored
  print(klass::getattr(b, "y"_a));
  attempt([&] { klass::getattr(b, "missing"_a); });
  print(klass::getattr(b, "__getattr__"_a)("missing"));  // a plain function: no self bound
}
