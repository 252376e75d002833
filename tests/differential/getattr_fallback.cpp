// __getattr__ is called only when the normal lookup fails: never for a class
// attribute, a method, a property or a set instance attribute; for a name
// nowhere, or an instance attribute not set (yet, or any more). It is inherited.
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct C {
  static constexpr auto dict = klass::dict(
      "cls_attr"_a = "class attribute",
      "set_field"_a = klass::field<std::string>,
      "unset_field"_a = klass::field<std::string>,
      "__init__"_a = [](auto& self) { klass::setattr(self, "set_field"_a, std::string("set field")); },
      "method"_a = [](auto&) { return "method"; },
      "prop"_a = klass::property([](auto&) { return "property"; }),
      "__getattr__"_a = [](auto&, auto name) {
        print("__getattr__", std::string_view(name));
        return "fallback " + std::string(std::string_view(name));
      });
};

struct D {
  using bases = klass::bases<C>;
};

int main() {
  auto c = klass::cls<C>();
  print(klass::getattr(c, "cls_attr"_a), klass::getattr(c, "set_field"_a), klass::getattr(c, "method"_a)(),
        klass::getattr(c, "prop"_a));
  print(klass::getattr(c, "unset_field"_a));
  print(klass::getattr(c, "anything"_a));
  klass::setattr(c, "unset_field"_a, std::string("now set"));
  print(klass::getattr(c, "unset_field"_a));
  klass::delattr(c, "unset_field"_a);
  print(klass::getattr(c, "unset_field"_a));
  klass::setattr(c, "cls_attr"_a, std::string_view("shadowed"));
  print(klass::getattr(c, "cls_attr"_a));
  klass::delattr(c, "cls_attr"_a);
  print(klass::getattr(c, "cls_attr"_a));
  auto d = klass::cls<D>();
  print(klass::getattr(d, "set_field"_a), klass::getattr(d, "other"_a));
}
