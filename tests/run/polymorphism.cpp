// Base-typed handles: klass::handle<B> holds any subclass (or conforming virtual
// subclass) and dispatches on the object's own class, with every rule of the
// attribute model; type_of, isinstance, casts, super and run-time names.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

#include "../fixtures/cooperative.hpp"

using namespace klass::literals;

namespace {

int alive = 0;
// A value whose lifetime is observable: counts the objects holding one.
struct Tracer {
  Tracer() { ++alive; }
  Tracer(const Tracer&) { ++alive; }
  Tracer& operator=(const Tracer&) = default;
  ~Tracer() { --alive; }
};

struct Shape {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>, "tracer"_a = klass::field<Tracer>,
      "area"_a = klass::abstractmethod(klass::signature<double()>()),
      "describe"_a = [](auto& self) { return klass::getattr(self, "name"_a) + ":" + std::to_string(static_cast<int>(klass::getattr(self, "area"_a)())); },
      "kind"_a = std::string_view("shape"),
      "sides"_a = klass::property([](auto&) { return 0; }),
      "unit"_a = klass::classmethod([](auto cls) { return std::string(cls.__name__); }),
      "twice"_a = klass::staticmethod([](int x) { return 2 * x; }),
      "scale"_a = [](auto&, double factor) { return factor; });
};
struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "radius"_a = klass::field<double>,
      "area"_a = [](auto& self) { return 3.0 * klass::getattr(self, "radius"_a) * klass::getattr(self, "radius"_a); },
      "kind"_a = std::string_view("circle"),
      "__init__"_a = [](auto& self, double r) {
        klass::setattr(self, "name"_a, std::string("circle"));
        klass::setattr(self, "tracer"_a, Tracer{});
        klass::setattr(self, "radius"_a, r);
      });
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict(
      "side"_a = klass::field<double>,
      "area"_a = [](auto& self) { return klass::getattr(self, "side"_a) * klass::getattr(self, "side"_a); },
      "sides"_a = klass::property([](auto&) { return 4; }),
      "twice"_a = klass::staticmethod([](int x) { return 20 * x; }),
      "scale"_a = [](auto& self, double factor) { return factor * klass::getattr(self, "side"_a); },
      "__init__"_a = [](auto& self, double s) {
        klass::setattr(self, "name"_a, std::string("square"));
        klass::setattr(self, "side"_a, s);
      });
};

double area_of(klass::handle<Shape> shape) { return klass::getattr(shape, "area"_a)(); }

}  // namespace

TEST_CASE("a container of base handles holds subclasses and each call goes to the object's own class") {
  std::vector<klass::handle<Shape>> shapes{klass::cls<Circle>(1.0), klass::cls<Square>(2.0)};
  std::vector<double> areas;
  for (const auto& s : shapes) areas.push_back(klass::getattr(s, "area"_a)());
  CHECK(areas == std::vector<double>{3.0, 4.0});
  CHECK(klass::getattr(shapes[0], "describe"_a)() == "circle:3");
  CHECK(klass::getattr(shapes[1], "describe"_a)() == "square:4");
  CHECK(area_of(klass::cls<Circle>(2.0)) == 12.0);  // a function taking a handle of the base
}

TEST_CASE("properties, class attributes, classmethods and staticmethods dispatch on the object's class") {
  klass::handle<Shape> c = klass::cls<Circle>(1.0);
  klass::handle<Shape> s = klass::cls<Square>(3.0);
  CHECK(klass::getattr(c, "sides"_a) == 0);
  CHECK(klass::getattr(s, "sides"_a) == 4);
  CHECK(klass::getattr(c, "kind"_a) == "circle");
  CHECK(klass::getattr(s, "kind"_a) == "shape");
  CHECK(klass::getattr(c, "unit"_a)() == "Circle");  // bound to the object's class
  CHECK(klass::getattr(s, "unit"_a)() == "Square");
  CHECK(klass::getattr(c, "twice"_a)(2) == 4);
  CHECK(klass::getattr(s, "twice"_a)(2) == 40);
  CHECK(klass::getattr(s, "scale"_a)(2.0) == 6.0);
  // A plain class attribute read through the base is a reference to the class's storage.
  static_assert(std::is_same_v<decltype(klass::getattr(c, "kind"_a)), std::string_view&>);
}

TEST_CASE("fields: set, read, deleted and unset through the base, with Python's errors for the object's class") {
  klass::handle<Shape> c = klass::cls<Circle>(1.0);
  klass::setattr(c, "name"_a, "renamed");
  CHECK(klass::getattr(c, "name"_a) == "renamed");
  CHECK(klass::hasattr(c, "name"_a));
  klass::delattr(c, "name"_a);
  CHECK_FALSE(klass::hasattr(c, "name"_a));
  CHECK_THROWS_WITH_AS(klass::getattr(c, "name"_a), "'Circle' object has no attribute 'name'", klass::attribute_error);
  CHECK_THROWS_WITH_AS(klass::delattr(c, "name"_a), "'Circle' object has no attribute 'name'", klass::attribute_error);
}

TEST_CASE("copies alias the same object and keep it alive; the last one destroys it as its own class") {
  alive = 0;
  {
    klass::handle<Shape> outer;
    CHECK(klass::is_none(outer));
    CHECK_FALSE(outer);  // None is false
    {
      auto circle = klass::cls<Circle>(1.0);
      CHECK(alive == 1);
      klass::handle<Shape> a = circle;
      klass::handle<Shape> b = a;
      CHECK(klass::is(a, b));
      CHECK(klass::is(a, circle));
      klass::setattr(circle, "radius"_a, 2.0);  // seen through every alias
      CHECK(klass::getattr(b, "area"_a)() == 12.0);
      outer = b;
    }
    CHECK(alive == 1);  // the exact handle is gone; the base handle keeps the object
    CHECK(klass::getattr(outer, "area"_a)() == 12.0);
    klass::handle<klass::object> any = outer;  // an upcast keeps the object's class
    outer = {};
    CHECK(alive == 1);
    CHECK(klass::type_of(any).__name__ == "Circle");
  }
  CHECK(alive == 0);
}

namespace {
// bool(o) through a base: the object's class's __bool__, else __len__, else true.
struct Sized {
  static constexpr auto dict = klass::dict("n"_a = klass::field<int>(0));
};
struct Counted {
  using bases = klass::bases<Sized>;
  static constexpr auto dict = klass::dict("__len__"_a = [](auto& self) { return klass::getattr(self, "n"_a); });
};
struct Flagged {
  using bases = klass::bases<Sized>;
  static constexpr auto dict = klass::dict("__bool__"_a = [](auto&) { return false; });
};
}  // namespace

TEST_CASE("bool(o) through a base handle is the object's class's truth") {
  klass::handle<Sized> plain = klass::cls<Sized>();
  klass::handle<Sized> counted = klass::cls<Counted>();
  klass::handle<Sized> flagged = klass::cls<Flagged>();
  CHECK(static_cast<bool>(plain));     // no __bool__, no __len__: true
  CHECK_FALSE(counted);                // __len__() == 0
  klass::setattr(counted, "n"_a, 2);
  CHECK(static_cast<bool>(counted));
  CHECK_FALSE(flagged);                // __bool__
  CHECK_FALSE(klass::is_none(flagged));
}

TEST_CASE("type_of gives the object's class at run time: its name, its MRO's names, comparable with cls") {
  klass::handle<Shape> c = klass::cls<Circle>(1.0);
  auto type = klass::type_of(c);
  CHECK(type.__name__ == "Circle");
  std::vector<std::string_view> mro(type.mro_names().begin(), type.mro_names().end());
  CHECK(mro == std::vector<std::string_view>{"Circle", "Shape", "object"});
  CHECK(type == klass::cls<Circle>);
  CHECK_FALSE(type == klass::cls<Shape>);
  CHECK(type == klass::type_of(klass::handle<Shape>(klass::cls<Circle>(2.0))));
  CHECK_FALSE(type == klass::type_of(klass::handle<Shape>(klass::cls<Square>(2.0))));
}

TEST_CASE("isinstance and checked casts answer for the object's class") {
  klass::handle<Shape> c = klass::cls<Circle>(1.0);
  CHECK(klass::isinstance(c, klass::cls<Circle>));
  CHECK(klass::isinstance(c, klass::cls<Shape>));
  CHECK(klass::isinstance(c, klass::cls<klass::object>));
  CHECK_FALSE(klass::isinstance(c, klass::cls<Square>));
  auto circle = klass::cast<Circle>(c);
  REQUIRE(circle);
  CHECK(klass::getattr(*circle, "radius"_a) == 1.0);
  auto exact = klass::cast<klass::ref<Circle>>(c);
  REQUIRE(exact);
  CHECK(klass::is(*exact, c));
  CHECK_FALSE(klass::cast<Square>(c));
  CHECK_FALSE(klass::cast<klass::ref<Square>>(c));
  CHECK_THROWS_WITH_AS(klass::cast_or_throw<Square>(c), "'Circle' object is not an instance of 'Square'",
                       klass::type_error);
  CHECK_FALSE(klass::cast<Circle>(klass::handle<Shape>{}));
}

namespace {
// A virtual subclass: registered with the ABC, providing every name it declares.
struct Plugin {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("load"_a = klass::abstractmethod(klass::signature<std::string(int)>()));
};
struct Registered {
  static constexpr auto dict = klass::dict("load"_a = [](auto&, int n) { return "registered " + std::to_string(n); });
};
struct Incomplete {
  static constexpr auto dict = klass::dict("save"_a = [](auto&) {});
};
struct Derived {
  using bases = klass::bases<Plugin>;
  static constexpr auto dict = klass::dict("load"_a = [](auto&, int n) { return "derived " + std::to_string(n); });
};
}  // namespace
template <>
struct klass::abc_register<Registered> : klass::bases<Plugin> {};
template <>
struct klass::abc_register<Incomplete> : klass::bases<Plugin> {};

TEST_CASE("a handle of an ABC holds a registered virtual subclass that provides every name it declares") {
  static_assert(klass::can_hold<Plugin, Registered>);
  static_assert(!klass::can_hold<Plugin, Incomplete>);  // registered, but without 'load'
  static_assert(klass::can_hold<Plugin, Derived>);
  std::vector<klass::handle<Plugin>> plugins{klass::cls<Registered>(), klass::cls<Derived>()};
  CHECK(klass::getattr(plugins[0], "load"_a)(1) == "registered 1");
  CHECK(klass::getattr(plugins[1], "load"_a)(2) == "derived 2");
  CHECK(klass::isinstance(plugins[0], klass::cls<Plugin>));
  std::vector<std::string_view> mro(klass::type_of(plugins[0]).mro_names().begin(),
                                    klass::type_of(plugins[0]).mro_names().end());
  CHECK(mro == std::vector<std::string_view>{"Registered", "object"});
  // isinstance through the handle agrees with the compile-time answer for each class.
  klass::handle<klass::object> incomplete = klass::cls<Incomplete>();
  CHECK(klass::isinstance(incomplete, klass::cls<Plugin>) == klass::issubclass<Incomplete, Plugin>);
  CHECK_THROWS_AS(klass::cast<Plugin>(incomplete), klass::type_error);  // an instance, but no handle can hold it
  klass::handle<klass::object> registered = klass::cls<Registered>();
  auto back = klass::cast<Plugin>(registered);
  REQUIRE(back);
  CHECK(klass::getattr(*back, "load"_a)(3) == "registered 3");
}

namespace {
// The attribute model through the base: data descriptor > instance dict >
// non-data descriptor > class attribute > __getattr__, decided by the object's class.
std::string property_y = "property y";
struct Base {
  static constexpr auto dict = klass::dict(
      "x"_a = std::string_view("class x"), "y"_a = klass::property([](auto&) { return property_y; },
                                                             [](auto&, std::string value) { property_y = value; }),
      "z"_a = klass::property([](auto&) { return std::string("base z"); }));
};
struct Hooked {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "y"_a = klass::field<std::string>,  // an instance-dict entry: Base's data descriptor wins over it
      "__getattr__"_a = [](auto&, std::string_view name) { return "hooked " + std::string(name); });
};
}  // namespace

TEST_CASE("every rule of the attribute model is the object's class's") {
  klass::handle<Base> plain = klass::cls<Base>();
  klass::handle<Base> hooked = klass::cls<Hooked>();
  CHECK(klass::getattr(plain, "x"_a) == "class x");
  klass::setattr(plain, "x"_a, std::string_view("instance x"));  // the instance dict shadows the class attribute
  CHECK(klass::getattr(plain, "x"_a) == "instance x");
  CHECK(klass::getattr(hooked, "y"_a) == "property y");  // a data descriptor wins over the instance dict
  klass::setattr(hooked, "y"_a, "set through the property");
  CHECK(property_y == "set through the property");
  CHECK(klass::getattr(hooked, "z"_a) == "base z");
  CHECK(klass::hasattr(hooked, "anything"_a));         // __getattr__ answers any name...
  CHECK(klass::hasattr(hooked, std::string_view("anything")));
  CHECK_FALSE(klass::hasattr(plain, "anything"_a));
}

TEST_CASE("run-time names: hasattr and visit_attr on exact handles, base handles and classes") {
  auto circle = klass::cls<Circle>(2.0);
  klass::handle<Shape> shape = circle;
  CHECK(klass::hasattr(circle, std::string_view("radius")));
  CHECK(klass::hasattr(shape, std::string_view("radius")));  // the object's class has it
  CHECK_FALSE(klass::hasattr(shape, std::string_view("side")));
  CHECK(klass::hasattr(klass::cls<Circle>, std::string_view("kind")));
  CHECK_FALSE(klass::hasattr(klass::cls<Circle>, std::string_view("radius")));  // a field: not a class attribute

  std::string seen;
  // f is called with whatever the name gives: a visitor takes every kind.
  auto show = [&seen](auto&& value) {
    using T = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::is_arithmetic_v<T>)
      seen = std::to_string(static_cast<int>(value));
    else if constexpr (std::is_convertible_v<T, std::string_view>)
      seen = std::string(std::string_view(value));
    else if constexpr (std::is_same_v<T, klass::method<double()>>)
      seen = "called " + std::to_string(static_cast<int>(value()));
    else
      seen = "other";
  };
  klass::visit_attr(circle, "radius", show);
  CHECK(seen == "2");
  klass::visit_attr(shape, "area", show);
  CHECK(seen == "called 12");
  klass::visit_attr(shape, "kind", show);
  CHECK(seen == "circle");
  klass::visit_attr(klass::cls<Square>, "kind", show);
  CHECK(seen == "shape");
  CHECK_THROWS_WITH_AS(klass::visit_attr(circle, "side", show), "'Circle' object has no attribute 'side'",
                       klass::attribute_error);
  CHECK_THROWS_WITH_AS(klass::visit_attr(klass::cls<Circle>, "side", show),
                       "type object 'Circle' has no attribute 'side'", klass::attribute_error);
  CHECK_THROWS_AS(klass::visit_attr(shape, "radius", show), klass::attribute_error);  // not declared by Shape
}

// test_super's cooperative diamond (tests/fixtures/cooperative.hpp): each f adds
// its letter after super's.
using cooperative::A;
using cooperative::B;
using cooperative::C;
using cooperative::D;

TEST_CASE("super through a base handle continues in the MRO of the object's own class") {
  klass::handle<C> c = klass::cls<D>();
  klass::handle<A> a = c;
  CHECK(klass::getattr(a, "f"_a)() == "ABCD");
  CHECK(klass::getattr(klass::super<C>(c), "f"_a)() == "AB");  // after C in D's MRO comes B, which C does not know
  klass::handle<C> only_c = klass::cls<C>();
  CHECK(klass::getattr(klass::super<C>(only_c), "f"_a)() == "A");
}

TEST_CASE("what the tables cost in the handle: two pointers") {
  static_assert(sizeof(klass::handle<Shape>) == 2 * sizeof(void*));
  static_assert(sizeof(klass::ref<Circle>) == sizeof(void*));  // the exact handle is unchanged
  static_assert(std::is_convertible_v<klass::ref<Circle>, klass::handle<Shape>>);
  static_assert(!std::is_convertible_v<klass::ref<Circle>, klass::handle<Square>>);
  static_assert(std::is_convertible_v<klass::handle<Shape>, klass::handle<klass::object>>);
  static_assert(!std::is_convertible_v<klass::handle<klass::object>, klass::handle<Shape>>);
}
