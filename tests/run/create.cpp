// Creating instances and classes (<klass/create.hpp>): type.__call__, __new__, __init__, the class statement, __init_subclass__.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {
std::vector<std::string> trace;
}  // namespace

namespace {
struct Other {};
// __new__ decides what calling the class returns; __init__ runs only for an instance of the class.
struct Maker {
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto cls, int what) {
        trace.push_back("new " + std::to_string(what));
        return klass::getattr(klass::super<Maker>(cls), "__new__"_a)(cls);
      },
      "__init__"_a = [](auto&, int what) { trace.push_back("init " + std::to_string(what)); });
};
struct MakesNone {
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto) { return klass::none; },
      "__init__"_a = [](auto&) { trace.push_back("never"); });
};
struct MakesOther {
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto) { return klass::cls<Other>(); },
      "__init__"_a = [](auto&) { trace.push_back("never"); });
};
struct SubMaker {
  using bases = klass::bases<Maker>;
  static constexpr auto dict =
      klass::dict("__init__"_a = [](auto&, int what) { trace.push_back("sub init " + std::to_string(what)); });
};
}  // namespace

TEST_CASE("__new__ then __init__, only for an instance of the class") {
  trace.clear();
  auto m = klass::cls<Maker>(1);
  CHECK(klass::type_of(m) == klass::cls<Maker>);
  auto s = klass::cls<SubMaker>(2);
  CHECK(klass::type_of(s) == klass::cls<SubMaker>);  // object.__new__ allocates the class asked for
  CHECK(klass::cls<MakesNone>() == klass::none);
  auto o = klass::cls<MakesOther>();
  CHECK(klass::type_of(o) == klass::cls<Other>);
  CHECK(trace == std::vector<std::string>{"new 1", "init 1", "new 2", "sub init 2"});
}

namespace {
// The class statement: metaclass __new__ (calling type.__new__, which calls the
// parent's __init_subclass__) then metaclass __init__, bases first, once.
struct TracingMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto mcls, std::string_view name, auto bases, const auto& ns, auto&&... keywords) {
        trace.push_back("new " + std::string(name));
        return klass::getattr(klass::super<TracingMeta>(mcls), "__new__"_a)(mcls, name, bases, ns, keywords...);
      },
      "__init__"_a = [](auto& cls, std::string_view name, auto, const auto&, auto&&...) {
        trace.push_back("init " + std::string(cls.__name__) + " " + std::string(name));
      });
};
struct Plugin {
  using metaclass = TracingMeta;
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls, auto&&... keywords) {
    std::string line = "init_subclass " + std::string(cls.__name__);
    ((line += " " + std::string(keywords.name) + "=" + std::to_string(keywords.value)), ...);
    trace.push_back(line);
  });
};
struct Audio {
  using bases = klass::bases<Plugin>;
  static constexpr auto keywords = klass::dict("priority"_a = 3);
};
struct Mp3 {
  using bases = klass::bases<Audio>;
};
}  // namespace

TEST_CASE("klass::define runs a class statement once, bases first, in CPython's order") {
  trace.clear();
  klass::define<Mp3>();
  klass::define<Mp3>();
  klass::cls<Audio>();  // already defined: calling the class does not define it again
  CHECK(trace == std::vector<std::string>{"new Plugin", "init Plugin Plugin", "new Audio", "init_subclass Audio priority=3",
                                          "init Audio Audio", "new Mp3", "init_subclass Mp3", "init Mp3 Mp3"});
}

namespace {
// test_descr's test_funny_new: an explicit staticmethod __new__ gets the class
// once, a classmethod __new__ twice (slot_tp_new calls getattr(cls, '__new__')
// with cls prepended), and a subclass inherits either.
struct StaticNew {
  static constexpr auto dict = klass::dict("__new__"_a = klass::staticmethod([](auto cls, int a) {
    return std::string(cls.__name__) + " " + std::to_string(a);
  }));
};
struct StaticNewChild {
  using bases = klass::bases<StaticNew>;
};
struct ClassNew {
  static constexpr auto dict = klass::dict("__new__"_a = klass::classmethod([](auto bound, auto cls, int a) {
    return std::string(bound.__name__) + " " + std::string(cls.__name__) + " " + std::to_string(a);
  }));
};
struct ClassNewChild {
  using bases = klass::bases<ClassNew>;
};
}  // namespace

TEST_CASE("__new__ as an explicit staticmethod or classmethod") {
  CHECK(klass::cls<StaticNew>(1) == "StaticNew 1");
  CHECK(klass::cls<StaticNewChild>(2) == "StaticNewChild 2");
  CHECK(klass::cls<ClassNew>(3) == "ClassNew ClassNew 3");
  CHECK(klass::cls<ClassNewChild>(4) == "ClassNewChild ClassNewChild 4");
}

namespace {
// object.__init_subclass__ is a classmethod that does nothing (test_subclassinit
// test_init_subclass: a hook's super().__init_subclass__() reaches it); keywords
// passed on through super reach it too (and are refused there, at compile time:
// tests/fail/create_init_subclass_keywords_via_super.cpp).
struct Last {};
struct AfterLast {
  using bases = klass::bases<Last>;
};
struct Hooked {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = klass::classmethod([](auto cls, auto&&... keywords) {
    klass::getattr(klass::super<Hooked>(cls), "__init_subclass__"_a)(keywords...);
    trace.push_back("Hooked.__init_subclass__ " + std::string(cls.__name__));
  }));
};
struct HookedChild {
  using bases = klass::bases<Hooked>;
};
}  // namespace

TEST_CASE("object.__init_subclass__ is a classmethod doing nothing, reached through super") {
  using hook = klass::attr_c<"__init_subclass__">;
  // Last.__init_subclass__ is object's classmethod, bound to Last.
  static_assert(std::is_same_v<decltype(klass::getattr(klass::cls<Last>, hook{}).self), klass::class_object<Last>>);
  static_assert(std::is_void_v<decltype(klass::getattr(klass::super<Last>(klass::cls<AfterLast>), hook{})())>);
  klass::getattr(klass::super<Last>(klass::cls<AfterLast>), hook{})();  // super(Last, AfterLast).__init_subclass__()
  klass::getattr(klass::cls<Last>, hook{})();                            // Last.__init_subclass__()
  CHECK(klass::hasattr(klass::cls<Last>, hook{}));
  trace.clear();
  klass::define<HookedChild>();
  CHECK(trace == std::vector<std::string>{"Hooked.__init_subclass__ HookedChild"});
}

namespace {
// type.__new__ makes a plain-function __init_subclass__ or __class_getitem__ a
// classmethod (type_new_set_classmethod); a staticmethod stays one. The entry is
// replaced in the namespace the class is created with, after any metaclass
// transform, and __set_name__ still runs once per value.
int set_name_calls = 0;
struct CountingDescriptor {
  void set_name(auto, auto) { ++set_name_calls; }  // not constexpr: runs at klass::define
};
struct Generic {
  static constexpr auto dict = klass::dict(
      "d"_a = CountingDescriptor{},
      "__init_subclass__"_a = [](auto cls) { trace.push_back("Generic.__init_subclass__ " + std::string(cls.__name__)); },
      "__class_getitem__"_a = [](auto cls, int item) { return std::string(cls.__name__) + "[" + std::to_string(item) + "]"; });
};
struct GenericChild {
  using bases = klass::bases<Generic>;
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls) {
    klass::getattr(klass::super<GenericChild>(cls), "__init_subclass__"_a)();
    trace.push_back("GenericChild.__init_subclass__ " + std::string(cls.__name__));
  });
};
struct GenericGrandchild {
  using bases = klass::bases<GenericChild>;
};
struct StaticHook {
  static constexpr auto dict =
      klass::dict("__init_subclass__"_a = klass::staticmethod([] { trace.push_back("StaticHook.__init_subclass__"); }));
};
struct StaticHookChild {
  using bases = klass::bases<StaticHook>;
};
// A metaclass's __new__ adding a plain function: type.__new__ wraps it all the same.
struct AddsHook {
  using bases = klass::bases<klass::type>;
  static constexpr auto transform_namespace(auto, const auto& ns) {
    return ns.with("__init_subclass__"_a = [](auto cls) { trace.push_back("added " + std::string(cls.__name__)); });
  }
};
struct WithAddedHook {
  using metaclass = AddsHook;
};
struct WithAddedHookChild {
  using bases = klass::bases<WithAddedHook>;
};
}  // namespace

TEST_CASE("__init_subclass__ and __class_getitem__ written as plain functions are classmethods") {
  using hook = klass::attr_c<"__init_subclass__">;
  using getitem = klass::attr_c<"__class_getitem__">;
  // Classmethods: read on the class, they are bound to it; a staticmethod gives its function.
  static_assert(std::is_same_v<decltype(klass::getattr(klass::cls<Generic>, hook{}).self), klass::class_object<Generic>>);
  static_assert(std::is_same_v<decltype(klass::getattr(klass::cls<Generic>, getitem{}).self), klass::class_object<Generic>>);
  static_assert(std::is_same_v<decltype(klass::getattr(klass::cls<WithAddedHook>, hook{}).self),
                               klass::class_object<WithAddedHook>>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(klass::getattr(klass::cls<StaticHook>, hook{}))>,
                               std::remove_cvref_t<decltype(StaticHook::dict["__init_subclass__"_a].function)>>);

  CHECK(klass::getattr(klass::cls<Generic>, "__class_getitem__"_a)(1) == "Generic[1]");  // Generic[1]
  CHECK(klass::getattr(klass::cls<GenericGrandchild>, "__class_getitem__"_a)(2) == "GenericGrandchild[2]");
  trace.clear();
  klass::getattr(klass::cls<Generic>, "__init_subclass__"_a)();  // Generic.__init_subclass__(): bound to Generic
  klass::getattr(klass::super<Generic>(klass::cls<GenericChild>), "__init_subclass__"_a)();  // object's
  CHECK(trace == std::vector<std::string>{"Generic.__init_subclass__ Generic"});

  trace.clear();
  set_name_calls = 0;
  klass::define<GenericGrandchild>();
  klass::define<StaticHookChild>();
  klass::define<WithAddedHookChild>();
  CHECK(trace == std::vector<std::string>{"Generic.__init_subclass__ GenericChild",
                                          "Generic.__init_subclass__ GenericGrandchild",
                                          "GenericChild.__init_subclass__ GenericGrandchild",
                                          "StaticHook.__init_subclass__", "added WithAddedHookChild"});
  CHECK(set_name_calls == 1);  // Generic's d, once
}
