// klass::singleton (<klass/singleton.hpp>), and the __new__ cache it differs from.
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
// Singleton v.1 of the habr notes: __new__ caches the instance in a class attribute;
// __init__ still runs on every call.
struct CachedByNew {
  static constexpr auto dict = klass::dict(
      "instance"_a = klass::staticmethod([]() -> std::optional<klass::ref<CachedByNew>>& {
        static std::optional<klass::ref<CachedByNew>> instance;
        return instance;
      }),
      "__new__"_a = [](auto cls) {
        auto& instance = klass::getattr(cls, "instance"_a)();
        if (!instance) instance = klass::getattr(klass::super<CachedByNew>(cls), "__new__"_a)(cls);
        return *instance;
      },
      "__init__"_a = [](auto&) { trace.push_back("init"); });
};
struct Counted {
  using metaclass = klass::singleton;
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>, "__init__"_a = [](auto&) { trace.push_back("Counted init"); });
};
struct SubCounted {
  using bases = klass::bases<Counted>;
};
}  // namespace

TEST_CASE("singletons: klass::singleton runs __init__ once per class; a __new__ cache runs it every call") {
  trace.clear();
  auto a = klass::cls<CachedByNew>();
  auto b = klass::cls<CachedByNew>();
  CHECK(klass::is(a, b));
  CHECK(trace == std::vector<std::string>{"init", "init"});

  trace.clear();
  auto c = klass::cls<Counted>();
  auto d = klass::cls<Counted>();
  CHECK(klass::is(c, d));
  klass::setattr(c, "x"_a, 42);
  CHECK(klass::getattr(d, "x"_a) == 42);
  auto e = klass::cls<SubCounted>();
  CHECK(klass::is(e, klass::cls<SubCounted>()));
  CHECK(klass::type_of(e) == klass::cls<SubCounted>);
  CHECK(trace == std::vector<std::string>{"Counted init", "Counted init"});
}
