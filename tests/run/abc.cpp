// Abstract base classes: the abstract set, instantiation, virtual subclasses, __subclasshook__.
#include <doctest/doctest.h>

#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

namespace {
struct PluginBase {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict(
      "load"_a = klass::abstractmethod([](auto&, std::string input) { return "base:" + input; }),
      "save"_a = klass::abstractmethod([](auto&, std::string) {}),
      "name"_a = klass::property(klass::abstractmethod([](auto&) { return std::string("abstract"); })),
      "make"_a = klass::classmethod(klass::abstractmethod([](auto) { return 0; })),
      "helper"_a = klass::staticmethod(klass::abstractmethod([]() { return 1; })),
      "concrete"_a = [](auto&) { return 7; });
};
struct Partial {
  using bases = klass::bases<PluginBase>;
  static constexpr auto dict = klass::dict("save"_a = [](auto&, std::string) {}, "make"_a = 5);
};
struct Complete {
  using bases = klass::bases<Partial>;
  static constexpr auto dict = klass::dict(
      // A concrete method reaching the abstract one's body through super().
      "load"_a = [](auto& self, std::string input) { return klass::getattr(klass::super<Complete>(self), "load"_a)(input) + "!"; },
      "name"_a = klass::property([](auto&) { return std::string("complete"); }),
      "helper"_a = klass::staticmethod([]() { return 2; }));
};
// Without abc_meta, abstractmethod is only a mark: nothing is enforced.
struct NotAnAbc {
  static constexpr auto dict = klass::dict("load"_a = klass::abstractmethod([](auto&) { return 1; }));
};
}  // namespace

TEST_CASE("the abstract set is computed per class; any non-abstract attribute implements a name") {
  CHECK(klass::is_abstract<PluginBase>);
  CHECK(klass::abstract_methods<PluginBase> ==
        hana::tuple_t<klass::attr_c<"helper">, klass::attr_c<"load">, klass::attr_c<"make">, klass::attr_c<"name">,
                      klass::attr_c<"save">>);
  CHECK(klass::abstract_methods<Partial> ==
        hana::tuple_t<klass::attr_c<"helper">, klass::attr_c<"load">, klass::attr_c<"name">>);
  CHECK_FALSE(klass::is_abstract<Complete>);
  CHECK_FALSE(klass::is_abstract<NotAnAbc>);
  CHECK_FALSE(klass::is_abstract<klass::abc>);
}

TEST_CASE("a concrete subclass is created, and reaches the abstract method's body through super") {
  auto c = klass::cls<Complete>();
  CHECK(klass::getattr(c, "load"_a)("x") == "base:x!");
  CHECK(klass::getattr(c, "name"_a) == "complete");
  CHECK(klass::getattr(c, "concrete"_a)() == 7);
  CHECK(klass::getattr(klass::cls<Complete>, "helper"_a)() == 2);
  CHECK(klass::getattr(klass::cls<NotAnAbc>(), "load"_a)() == 1);
  CHECK(klass::isinstance(c, klass::cls<PluginBase>));
}

namespace {
struct Registered {
  static constexpr auto dict = klass::dict("load"_a = [](auto&, std::string s) { return s; });
};
struct FromRegistered {
  using bases = klass::bases<Registered>;
};
struct OtherAbc {
  using bases = klass::bases<klass::abc>;
};
struct SubAbc {
  using bases = klass::bases<OtherAbc>;
};
struct ViaSubAbc {};
}  // namespace
template <>
struct klass::abc_register<Registered> : klass::bases<PluginBase> {};
template <>
struct klass::abc_register<ViaSubAbc> : klass::bases<SubAbc> {};

TEST_CASE("registered virtual subclasses: issubclass and isinstance, no MRO or attribute change") {
  CHECK(klass::issubclass<Registered, PluginBase>);
  CHECK(klass::issubclass<FromRegistered, PluginBase>);  // subclasses of a registered class too
  CHECK(klass::issubclass<ViaSubAbc, OtherAbc>);          // registered with a subclass of the ABC
  CHECK_FALSE(klass::issubclass<PluginBase, Registered>);
  CHECK(klass::isinstance(klass::cls<Registered>(), klass::cls<PluginBase>));
  CHECK(klass::mro<Registered> == hana::tuple_t<Registered, klass::object>);
  CHECK_FALSE(klass::hasattr(klass::cls<Registered>, "concrete"_a));
  CHECK_FALSE(klass::isinstance(42, klass::cls<PluginBase>));
}

namespace {
// Sized with a __subclasshook__: any class with __len__ is a subclass.
struct Sized {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto cls, auto other) {
    if constexpr (cls == klass::cls<Sized> && klass::hasattr(decltype(other){}, "__len__"_a))
      return true;
    else
      return klass::NotImplemented;
  }));
};
struct HasLen {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 3; });
};
struct NoLen {};
// A hook can also say no, even to a real subclass.
struct Picky {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto, auto) { return false; }));
};
struct PickyChild {
  using bases = klass::bases<Picky>;
};
}  // namespace

TEST_CASE("__subclasshook__ answers first") {
  CHECK(klass::issubclass<HasLen, Sized>);
  CHECK_FALSE(klass::issubclass<NoLen, Sized>);
  CHECK_FALSE(klass::issubclass<PickyChild, Picky>);
  CHECK(klass::has_consistent_mro<PickyChild>);
}

namespace {
// ABCMeta.register returns early for a class that already is a subclass, so
// registering an ABC with itself or a real subclass with its base is no cycle.
struct SelfRegistered {
  using bases = klass::bases<klass::abc>;
};
struct RealSubclass {
  using bases = klass::bases<SelfRegistered>;
};
}  // namespace
template <>
struct klass::abc_register<SelfRegistered> : klass::bases<SelfRegistered> {};
template <>
struct klass::abc_register<RealSubclass> : klass::bases<SelfRegistered> {};

TEST_CASE("registering a class that already is a subclass passes silently") {
  CHECK(klass::issubclass<SelfRegistered, SelfRegistered>);
  CHECK(klass::issubclass<RealSubclass, SelfRegistered>);
  CHECK_FALSE(klass::issubclass<SelfRegistered, RealSubclass>);
}

TEST_CASE("isinstance of an instance of the class itself is true whatever __subclasshook__ says") {
  // PyObject_IsInstance checks type(o) is B before calling B.__instancecheck__.
  CHECK_FALSE(klass::issubclass<Picky, Picky>);
  CHECK(klass::isinstance(klass::cls<Picky>(), klass::cls<Picky>));
  CHECK_FALSE(klass::isinstance(klass::cls<PickyChild>(), klass::cls<Picky>));
}
