// Methods that name classes defined further down (see forward_classes.py): __new__
// choosing a subclass declared below it, classmethod factories returning
// instances of later subclasses, and two classes whose methods create each other.
// klass sees the later classes complete because the code naming them depends on
// a template parameter of the method (an `auto` argument it uses, or the class
// itself as one: `[]<class Later = Square>`), so the compilers compile it where
// it is called, not in the body of the earlier class (docs/creation.md).
#include <string>
#include <type_traits>

#include <boost/hana/for_each.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

// [c.__name__ for c in C.__mro__]
template <class C>
std::string mro_names() {
  std::string out;
  boost::hana::for_each(klass::mro<C>, [&](auto t) {
    out += std::string(out.empty() ? "" : ", ") + "'" + std::string(klass::name<typename decltype(t)::type>) + "'";
  });
  return "[" + out + "]";
}

struct PosixPath;
struct Path {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "__new__"_a =
          [](auto cls, auto) {
            auto object_new = klass::getattr(klass::super<Path>(cls), "__new__"_a);
            if constexpr (std::is_same_v<decltype(cls), klass::class_object<Path>>)
              return object_new(klass::cls<PosixPath>);  // cls = PosixPath
            else
              return object_new(cls);
          },
      "__init__"_a = [](auto& self, std::string name) { klass::setattr(self, "name"_a, name); },
      "show"_a =
          [](auto& self) {
            return std::string(klass::type_of(self).__name__) + "(" + klass::getattr(self, "name"_a) + ", " +
                   std::string(klass::getattr(self, "flavour"_a)) + ")";
          },
      "flavour"_a = std::string_view("generic"));
};
struct PosixPath {
  using bases = klass::bases<Path>;
  static constexpr auto dict = klass::dict(
      "inits"_a = klass::field<int>,
      "__init__"_a =
          [](auto& self, std::string name) {
            klass::getattr(klass::super<PosixPath>(self), "__init__"_a)(name);
            klass::setattr(self, "inits"_a, 1);
          },
      "flavour"_a = std::string_view("posix"));
};

struct Square;
struct Circle;
struct Shape {
  static constexpr auto dict = klass::dict(
      // No argument to depend on: the later class is a template parameter.
      "unit_square"_a = klass::classmethod([]<class Later = Square>(auto) { return klass::cls<Later>(1); }),
      "square"_a = klass::classmethod([](auto, auto side) { return klass::cls<Square>(side); }),
      "circle"_a = klass::classmethod([](auto, auto radius) { return klass::cls<Circle>(radius); }),
      "describe"_a = [](auto& self) {
        return std::string(klass::type_of(self).__name__) + " of area " + std::to_string(klass::getattr(self, "area"_a)());
      });
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "side"_a = klass::field<int>, "__init__"_a = [](auto& self, int side) { klass::setattr(self, "side"_a, side); },
      "area"_a = [](auto& self) { return klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); });
};
struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "radius"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int radius) { klass::setattr(self, "radius"_a, radius); },
      "area"_a = [](auto& self) { return 3 * klass::getattr(self, "radius"_a) * klass::getattr(self, "radius"_a); });
};

struct Egg;
struct Chicken {
  static constexpr auto dict = klass::dict(
      "generation"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int generation) { klass::setattr(self, "generation"_a, generation); },
      "lay"_a = [](auto& self) { return klass::cls<Egg>(klass::getattr(self, "generation"_a)); });
};
struct Egg {
  static constexpr auto dict = klass::dict(
      "generation"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int generation) { klass::setattr(self, "generation"_a, generation); },
      "hatch"_a = [](auto& self) { return klass::cls<Chicken>(klass::getattr(self, "generation"_a) + 1); });
};

int main() {
  auto p = klass::cls<Path>("/tmp");
  print(klass::type_of(p).__name__, klass::isinstance(p, klass::cls<Path>), klass::issubclass<PosixPath, Path>,
        klass::getattr(p, "show"_a)(), klass::getattr(p, "inits"_a));
  print(mro_names<PosixPath>());
  auto q = klass::cls<PosixPath>("/usr");
  print(klass::type_of(q).__name__, klass::getattr(q, "show"_a)(), klass::getattr(q, "inits"_a));

  constexpr auto shape = klass::cls<Shape>;
  print(klass::getattr(klass::getattr(shape, "unit_square"_a)(), "describe"_a)(),
        klass::getattr(klass::getattr(shape, "square"_a)(3), "describe"_a)(),
        klass::getattr(klass::getattr(shape, "circle"_a)(2), "describe"_a)());
  print(klass::issubclass<Square, Shape>, klass::issubclass<Circle, Shape>,
        klass::isinstance(klass::getattr(shape, "circle"_a)(1), shape));
  print(mro_names<Circle>());

  auto c = klass::cls<Chicken>(0);
  auto e = klass::getattr(c, "lay"_a)();
  auto c2 = klass::getattr(e, "hatch"_a)();
  auto last = klass::getattr(klass::getattr(klass::getattr(c2, "lay"_a)(), "hatch"_a)(), "lay"_a)();
  print(klass::type_of(e).__name__, klass::getattr(e, "generation"_a), klass::type_of(c2).__name__,
        klass::getattr(c2, "generation"_a), klass::type_of(last).__name__);
}
