// The attribute model through a base-typed handle: every rule is the object's
// own class's (PyObject_GenericGetAttr / GenericSetAttr on type(o)). Objects of
// Base and of its subclasses, held as Base: an instance-dict entry of a subclass
// wins over the base's non-data descriptor, a data descriptor of the base wins
// over a subclass's entry, an entry shadows a plain class attribute until del;
// classmethods bind the object's class, staticmethods are the object's class's;
// a class attribute reassigned on the base is seen where no subclass shadows it;
// a property whose getter
// raises AttributeError hands on to a subclass's __getattr__; errors name the
// object's class.
#include <string>
#include <string_view>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

// A non-data descriptor: get only.
struct Constant {
  int get(auto&, auto) const { return 42; }
};

struct Base {
  static constexpr auto dict = klass::dict(
      "label"_a = std::string_view("base label"),  // a plain class attribute
      "level"_a = Constant{},                       // a non-data descriptor
      "size"_a = klass::property([](auto&) { return 1; }, [](auto&, int) {}),
      "note"_a = klass::field<std::string>,
      "make"_a = klass::classmethod([](auto cls) { return "made by " + std::string(cls.__name__); }),
      "twice"_a = klass::staticmethod([](int x) { return 2 * x; }),
      "describe"_a = [](auto& self) { return "I am " + std::string(klass::type_of(self).__name__); });
};
struct Sub {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "level"_a = klass::field<int>,  // an instance-dict entry over Base's non-data descriptor
      "size"_a = klass::field<int>,   // an entry under Base's property: the property wins
      "extra"_a = 1,
      "twice"_a = klass::staticmethod([](int x) { return 20 * x; }));
};
struct SubSub {
  using bases = klass::bases<Sub>;
  static constexpr auto dict = klass::dict("label"_a = std::string_view("subsub label"));
};

// __getattr__ answers where the generic lookup raises AttributeError. (A field
// of Named would be read as a reference through Named, and Fallback's
// __getattr__ makes its reads values: klass would refuse to hold a Fallback.)
struct Named {
  static constexpr auto dict = klass::dict(
      "title"_a = klass::property([](auto&) -> std::string { throw klass::attribute_error("no title yet"); }),
      "greet"_a = [](auto&) { return std::string("hello"); });
};
struct Fallback {
  using bases = klass::bases<Named>;
  static constexpr auto dict = klass::dict(
      "__getattr__"_a = [](auto&, std::string_view name) { return "__getattr__ gives " + std::string(name); });
};

int main() {
  std::vector<klass::handle<Base>> all{klass::cls<Base>(), klass::cls<Sub>(), klass::cls<SubSub>()};
  for (const auto& o : all) {
    print(klass::type_of(o).__name__, klass::getattr(o, "label"_a), klass::getattr(o, "level"_a),
          klass::getattr(o, "size"_a), klass::getattr(o, "make"_a)(), klass::getattr(o, "twice"_a)(3),
          klass::getattr(o, "describe"_a)());
    attempt([&] { print(klass::getattr(o, "note"_a)); });
  }

  for (const auto& o : all) {
    klass::setattr(o, "label"_a, std::string_view("own label"));
    if (auto sub = klass::cast<Sub>(o)) klass::setattr(*sub, "level"_a, 7);  // only a Sub has the entry
    klass::setattr(o, "size"_a, 5);                                          // the property's setter
    klass::setattr(o, "note"_a, "a note");
    print(klass::type_of(o).__name__, klass::getattr(o, "label"_a), klass::getattr(o, "level"_a),
          klass::getattr(o, "size"_a), klass::getattr(o, "note"_a));
    klass::delattr(o, "label"_a);
    klass::delattr(o, "note"_a);
    attempt([&] { klass::delattr(o, "note"_a); });
    attempt([&] { klass::delattr(o, "label"_a); });
    print(klass::getattr(o, "label"_a), klass::hasattr(o, "note"_a), klass::hasattr(o, "extra"_a),
          klass::hasattr(o, "anything"_a));
  }

  klass::setattr(klass::cls<Base>, "label"_a, std::string_view("reassigned on Base"));
  for (const auto& o : all) print(klass::type_of(o).__name__, klass::getattr(o, "label"_a));

  std::vector<klass::handle<Named>> named{klass::cls<Named>(), klass::cls<Fallback>()};
  for (const auto& o : named) {
    attempt([&] { print(klass::getattr(o, "title"_a)); });
    print(klass::getattr(o, "greet"_a)(), klass::hasattr(o, "title"_a), klass::hasattr(o, "anything"_a));
  }
}
