// Attribute lookup on instances and class objects, rule by rule (CPython's
// PyObject_GenericGetAttr / PyObject_GenericSetAttr / type_getattro).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {

std::vector<std::string> journal;

// A data descriptor written by a user: get, set and del members.
struct Logged {
  int value;
  int get(auto&, auto) const {
    journal.push_back("get");
    return value;
  }
  void set(auto&, int v) {
    journal.push_back("set");
    value = v;
  }
  void del(auto&) { journal.push_back("del"); }
};
// A non-data descriptor: get only.
struct Constant {
  int get(auto&, auto) const { return 42; }
  int get(klass::none_t, auto) const { return -42; }
};

struct Base {
  static constexpr auto dict = klass::dict(
      "qux"_a = "Base",
      "logged"_a = Logged{1},
      "constant"_a = Constant{},
      "name"_a = klass::field<std::string>,
      "slot"_a = klass::member<int>,
      "method"_a = [](auto& self, int x) { return x + static_cast<int>(klass::getattr(self, "qux"_a).size()); },
      "twice"_a = klass::staticmethod([](int x) { return 2 * x; }),
      "which"_a = klass::classmethod([](auto cls) { return std::string(cls.__name__); }));
};
struct Derived {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("constant"_a = klass::field<int>, "extra"_a = 7);
};

}  // namespace

TEST_CASE("a plain class attribute is shadowed by the instance dict, and seen again after del") {
  auto a = klass::cls<Base>();
  auto b = klass::cls<Base>();
  CHECK(klass::getattr(a, "qux"_a) == "Base");
  klass::setattr(a, "qux"_a, std::string_view("mine"));
  CHECK(klass::getattr(a, "qux"_a) == "mine");
  CHECK(klass::getattr(b, "qux"_a) == "Base");
  CHECK(klass::getattr(klass::cls<Base>, "qux"_a) == "Base");
  klass::delattr(a, "qux"_a);
  CHECK(klass::getattr(a, "qux"_a) == "Base");
  // Deleting again: nothing in the instance dict, and del never reaches the class.
  CHECK_THROWS_WITH_AS(klass::delattr(a, "qux"_a), "'Base' object has no attribute 'qux'", klass::attribute_error);
}

TEST_CASE("reassigning a class attribute is seen by every instance and subclass that does not shadow it") {
  auto a = klass::cls<Base>();
  auto d = klass::cls<Derived>();
  klass::setattr(d, "qux"_a, std::string_view("shadow"));
  klass::setattr(klass::cls<Base>, "qux"_a, std::string_view("changed"));
  CHECK(klass::getattr(a, "qux"_a) == "changed");
  CHECK(klass::getattr(klass::cls<Derived>, "qux"_a) == "changed");
  CHECK(klass::getattr(d, "qux"_a) == "shadow");
  klass::setattr(klass::cls<Base>, "qux"_a, std::string_view("Base"));
}

TEST_CASE("a data descriptor wins over the instance dict and receives get, set and del") {
  journal.clear();
  auto a = klass::cls<Base>();
  CHECK(klass::getattr(a, "logged"_a) == 1);
  klass::setattr(a, "logged"_a, 5);
  CHECK(klass::getattr(a, "logged"_a) == 5);
  klass::delattr(a, "logged"_a);
  CHECK(journal == std::vector<std::string>{"get", "set", "get", "del"});
  klass::setattr(a, "logged"_a, 1);
}

TEST_CASE("a non-data descriptor gets the instance, or none on class access; an instance dict entry wins over it") {
  auto a = klass::cls<Base>();
  CHECK(klass::getattr(a, "constant"_a) == 42);
  CHECK(klass::getattr(klass::cls<Base>, "constant"_a) == -42);
  // In Derived, 'constant' is also an instance-dict entry: set, it wins; unset, the descriptor answers.
  auto d = klass::cls<Derived>();
  CHECK(klass::getattr(d, "constant"_a) == 42);
  klass::setattr(d, "constant"_a, 3);
  CHECK(klass::getattr(d, "constant"_a) == 3);
  klass::delattr(d, "constant"_a);
  CHECK(klass::getattr(d, "constant"_a) == 42);
}

TEST_CASE("a field is an instance-dict entry: unset, set, deleted; the class does not see it") {
  auto a = klass::cls<Base>();
  CHECK_FALSE(klass::hasattr(a, "name"_a));
  CHECK_THROWS_WITH_AS(klass::getattr(a, "name"_a), "'Base' object has no attribute 'name'", klass::attribute_error);
  klass::setattr(a, "name"_a, std::string("alice"));
  CHECK(klass::hasattr(a, "name"_a));
  CHECK(klass::getattr(a, "name"_a) == "alice");
  klass::getattr(a, "name"_a) += "!";  // o.x is the object itself, not a copy
  CHECK(klass::getattr(a, "name"_a) == "alice!");
  klass::delattr(a, "name"_a);
  CHECK_FALSE(klass::hasattr(a, "name"_a));
  CHECK_FALSE(klass::hasattr(klass::cls<Base>, "name"_a));
}

TEST_CASE("a member (__slots__) is a data descriptor whose unset value raises") {
  auto a = klass::cls<Base>();
  CHECK_THROWS_WITH_AS(klass::getattr(a, "slot"_a), "'Base' object has no attribute 'slot'", klass::attribute_error);
  CHECK_THROWS_WITH_AS(klass::delattr(a, "slot"_a), "slot", klass::attribute_error);
  klass::setattr(a, "slot"_a, 9);
  CHECK(klass::getattr(a, "slot"_a) == 9);
  CHECK(klass::hasattr(a, "slot"_a));
  klass::delattr(a, "slot"_a);
  CHECK_FALSE(klass::hasattr(a, "slot"_a));
}

TEST_CASE("functions bind self on instance access and stay functions on class access") {
  auto a = klass::cls<Base>();
  auto bound = klass::getattr(a, "method"_a);
  CHECK(bound(1) == 5);
  CHECK(klass::getattr(klass::cls<Base>, "method"_a)(*a, 1) == 5);
}

TEST_CASE("staticmethod and classmethod") {
  auto a = klass::cls<Base>();
  auto d = klass::cls<Derived>();
  CHECK(klass::getattr(a, "twice"_a)(4) == 8);
  CHECK(klass::getattr(klass::cls<Derived>, "twice"_a)(5) == 10);
  // classmethod binds the class used, or the instance's type.
  CHECK(klass::getattr(klass::cls<Base>, "which"_a)() == "Base");
  CHECK(klass::getattr(klass::cls<Derived>, "which"_a)() == "Derived");
  CHECK(klass::getattr(d, "which"_a)() == "Derived");
}

namespace {
struct Temperature {
  static constexpr auto dict = klass::dict(
      "celsius"_a = klass::field<double>,
      "fahrenheit"_a = klass::property([](auto& self) { return klass::getattr(self, "celsius"_a) * 9 / 5 + 32; },
                                       [](auto& self, double f) { klass::setattr(self, "celsius"_a, (f - 32) * 5 / 9); },
                                       [](auto& self) { klass::delattr(self, "celsius"_a); }));
};
// A subclass extends the base's property with the @x.getter idiom.
struct Rounded {
  using bases = klass::bases<Temperature>;
  static constexpr auto dict = klass::dict(
      "fahrenheit"_a = Temperature::dict["fahrenheit"_a].getter([](auto& self) {
        return static_cast<double>(static_cast<int>(klass::getattr(self, "celsius"_a) * 9 / 5 + 32));
      }));
};
}  // namespace

TEST_CASE("property: getter, setter, deleter, and a subclass extending it") {
  auto t = klass::cls<Temperature>();
  klass::setattr(t, "fahrenheit"_a, 212.0);
  CHECK(klass::getattr(t, "celsius"_a) == doctest::Approx(100.0));
  CHECK(klass::getattr(t, "fahrenheit"_a) == doctest::Approx(212.0));
  klass::delattr(t, "fahrenheit"_a);
  CHECK_FALSE(klass::hasattr(t, "celsius"_a));
  // On the class, the property is the property object itself.
  auto& p = klass::getattr(klass::cls<Temperature>, "fahrenheit"_a);
  CHECK(std::remove_reference_t<decltype(p)>::has_setter);

  auto r = klass::cls<Rounded>();
  klass::setattr(r, "celsius"_a, 36.6);
  CHECK(klass::getattr(r, "fahrenheit"_a) == doctest::Approx(97.0));
  klass::setattr(r, "fahrenheit"_a, 50.0);  // the setter is the base's
  CHECK(klass::getattr(r, "celsius"_a) == doctest::Approx(10.0));
}

namespace {
struct Fallback {
  static constexpr auto dict = klass::dict(
      "real"_a = 1,
      "__getattr__"_a = [](auto&, auto name) { return static_cast<int>(std::string_view(name).size()); });
};
struct Everything {
  static constexpr auto dict = klass::dict(
      "real"_a = 1,
      "__getattribute__"_a = [](auto&, auto name) { return std::string("got ") + std::string(std::string_view(name)); });
};
struct Watched {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>,
      "__setattr__"_a = [](auto& self, auto name, int value) {
        journal.push_back(std::string("set ") + std::string(std::string_view(name)));
        klass::getattr(klass::cls<klass::object>, "__setattr__"_a)(self, name, value * 10);  // object.__setattr__
      });
};
}  // namespace

TEST_CASE("__getattr__ is the last resort, __getattribute__ replaces lookup, __setattr__ intercepts assignment") {
  auto f = klass::cls<Fallback>();
  CHECK(klass::getattr(f, "real"_a) == 1);
  CHECK(klass::getattr(f, "missing"_a) == 7);
  CHECK(klass::hasattr(f, "anything"_a));
  auto e = klass::cls<Everything>();
  CHECK(klass::getattr(e, "real"_a) == "got real");
  journal.clear();
  auto w = klass::cls<Watched>();
  klass::setattr(w, "x"_a, 4);
  CHECK(journal == std::vector<std::string>{"set x"});
  CHECK(klass::getattr(w, "x"_a) == 40);
}

namespace {
struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "foo"_a = [](auto cls) { return std::string("Meta.foo of ") + std::string(cls.__name__); },
      "shared"_a = 3);
};
struct WithMeta {
  using metaclass = Meta;
};
struct Overrides {
  using bases = klass::bases<WithMeta>;
  static constexpr auto dict = klass::dict("foo"_a = klass::classmethod([](auto) { return std::string("Overrides.foo"); }));
};
}  // namespace

TEST_CASE("metaclass attributes are seen from the class, after the class's own MRO, never from instances") {
  CHECK(klass::getattr(klass::cls<WithMeta>, "foo"_a)() == "Meta.foo of WithMeta");
  CHECK(klass::getattr(klass::cls<WithMeta>, "shared"_a) == 3);
  CHECK(klass::getattr(klass::cls<Overrides>, "foo"_a)() == "Overrides.foo");
  CHECK(klass::hasattr(klass::cls<WithMeta>, "foo"_a));
  auto w = klass::cls<WithMeta>();
  CHECK_FALSE(klass::hasattr(w, "foo"_a));
}

namespace {
struct Named {
  std::string_view owner{};
  std::string_view name{};
  constexpr void set_name(auto owner_class, auto attribute) {
    owner = owner_class.__name__;
    name = attribute;
  }
  auto get(auto&, auto) const { return std::string(owner) + "." + std::string(name); }
};
struct HasNamed {
  static constexpr auto dict = klass::dict("label"_a = Named{});
};
}  // namespace

TEST_CASE("__set_name__ receives the owner and the name") {
  auto h = klass::cls<HasNamed>();
  CHECK(klass::getattr(h, "label"_a) == "HasNamed.label");
}

// ---- cases where klass once disagreed with CPython (found by the differential table) ----

namespace {
struct RaisingProperty {
  static constexpr auto dict = klass::dict("x"_a = klass::property([](auto&) -> int {
    throw klass::attribute_error("inner");
  }));
};
struct LoudGetattr {
  static constexpr auto dict = klass::dict("__getattr__"_a = [](auto&, auto name) -> int {
    journal.push_back("__getattr__ " + std::string(std::string_view(name)));
    throw klass::attribute_error(std::string(std::string_view(name)));
  });
};
struct Answers {
  static constexpr auto dict = klass::dict("__getattribute__"_a = [](auto&, auto) { return 1; });
};
struct GetattributeFallsBack {
  static constexpr auto dict = klass::dict(
      "__getattribute__"_a = [](auto&, auto name) -> std::string { throw klass::attribute_error(std::string(std::string_view(name))); },
      "__getattr__"_a = [](auto&, auto name) { return "fallback " + std::string(std::string_view(name)); });
};
struct SlotFallsBack {
  static constexpr auto dict = klass::dict("a"_a = klass::member<int>, "__getattr__"_a = [](auto&, auto) { return 7; });
};
struct PropertyFallsBack {
  static constexpr auto dict = klass::dict(
      "p"_a = klass::property([](auto&) -> int { throw klass::attribute_error("inner"); }),
      "__getattr__"_a = [](auto&, auto) { return 7; });
};
struct SetOnly {
  void set(auto&, int) {}
};
struct MetaWithSetOnly {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("a"_a = SetOnly{});
};
struct UsesMeta {
  using metaclass = MetaWithSetOnly;
  static constexpr auto dict = klass::dict("a"_a = 42);
};
}  // namespace

TEST_CASE("hasattr is getattr succeeding: it runs what getattr runs") {
  CHECK_FALSE(klass::hasattr(klass::cls<RaisingProperty>(), "x"_a));
  journal.clear();
  CHECK_FALSE(klass::hasattr(klass::cls<LoudGetattr>(), "bar"_a));
  CHECK(journal == std::vector<std::string>{"__getattr__ bar"});
  CHECK(klass::hasattr(klass::cls<Answers>(), "zzz"_a));
}

TEST_CASE("__getattr__ answers whenever the rest raises AttributeError") {
  CHECK(klass::getattr(klass::cls<GetattributeFallsBack>(), "y"_a) == "fallback y");
  auto s = klass::cls<SlotFallsBack>();
  CHECK(klass::getattr(s, "a"_a) == 7);
  CHECK(klass::hasattr(s, "a"_a));
  klass::setattr(s, "a"_a, 3);
  CHECK(klass::getattr(s, "a"_a) == 3);
  CHECK(klass::getattr(klass::cls<PropertyFallsBack>(), "p"_a) == 7);
}

TEST_CASE("a metaclass data descriptor without __get__ does not hide the class's own attribute") {
  CHECK(klass::getattr(klass::cls<UsesMeta>, "a"_a) == 42);
}

namespace {
// __set_name__ with a side effect runs in the class statement, in dict order, for
// every value that has it (descriptor or not).
struct Loud {
  std::string_view name{};
  void set_name(auto, auto attribute) {
    name = attribute;
    journal.push_back("set_name " + std::string(name));
  }
  auto get(auto&, auto) const { return name; }
};
struct Tag {
  std::string_view name{};
  void set_name(auto, auto attribute) { name = attribute; }
};
struct Ordered {
  static constexpr auto dict = klass::dict("first"_a = Loud{}, "second"_a = Loud{}, "third"_a = Loud{}, "t"_a = Tag{});
};
// A nested class is a class attribute, never bound like a method.
struct Inner {};
struct Outer {
  static constexpr auto dict = klass::dict("Inner"_a = klass::cls<Inner>);
};
}  // namespace

TEST_CASE("__set_name__ runs in the class statement, in order, for every value that has it") {
  journal.clear();
  klass::define<Ordered>();
  CHECK(journal == std::vector<std::string>{"set_name first", "set_name second", "set_name third"});
  auto o = klass::cls<Ordered>();
  CHECK(klass::getattr(o, "third"_a) == "third");
  CHECK(klass::getattr(klass::cls<Ordered>, "t"_a).name == "t");
  CHECK(journal.size() == 3);  // once
}

TEST_CASE("classes as attributes") {
  auto o = klass::cls<Outer>();
  CHECK(klass::getattr(o, "Inner"_a) == klass::cls<Inner>);
  CHECK(klass::type_of(klass::getattr(o, "Inner"_a)()) == klass::cls<Inner>);
}
