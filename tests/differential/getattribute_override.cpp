// The Descriptor HowTo: descriptors are invoked by __getattribute__, so a class
// that overrides __getattribute__ decides every o.x itself, and can turn the
// automatic __get__ calls off. The class itself is looked up by type.__getattribute__,
// and creating an instance finds __init__ on the type, not through __getattribute__.
#include <string_view>
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Loud {
  std::string_view get(auto&, auto) const {
    print("Loud.__get__");
    return "computed";
  }
};

struct Normal {
  static constexpr auto dict = klass::dict("d"_a = Loud{});
};

struct Raw {
  static constexpr auto dict = klass::dict(
      "d"_a = Loud{},
      "plain"_a = "plain value",
      "method"_a = [](auto&) { return std::string_view("method called"); },
      "__getattribute__"_a = [](auto& self, auto name) {
        print("__getattribute__", std::string_view(name));
        using type = typename std::remove_cvref_t<decltype(self)>::klass_type;
        return type::dict[name];  // the raw dict value: no __get__
      });
};

struct G {
  static constexpr auto dict = klass::dict(
      "__init__"_a = [](auto&) { print("G.__init__"); },
      "__getattribute__"_a = [](auto&, auto name) {
        print("G.__getattribute__", std::string_view(name));
        return 0;
      });
};

struct Sub {
  using bases = klass::bases<Raw>;
  static constexpr auto dict = klass::dict("d"_a = "Sub.d");
};

int main() {
  auto n = klass::cls<Normal>();
  auto r = klass::cls<Raw>();
  auto s = klass::cls<Sub>();
  print(klass::getattr(n, "d"_a));
  auto x = klass::getattr(r, "d"_a);
  print(klass::name<decltype(x)>);
  print(klass::getattr(r, "plain"_a));
  print(klass::getattr(r, "method"_a)(*r));  // the raw function: self passed by hand
  print(klass::getattr(klass::cls<Raw>, "d"_a));  // on the class, the normal rules
  print(klass::getattr(s, "d"_a));                // inherited: type(self) is Sub
  auto g = klass::cls<G>();
  print(klass::getattr(g, "anything"_a));
}
