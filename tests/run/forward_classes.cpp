// Classes named before they are complete: a class's dict may name classes declared
// below it, in code that depends on a template parameter of the method (__new__
// returning a later subclass, classmethod factories, classes whose methods create
// each other). klass reads a class only once it is complete, so what it answers
// about the later class is what its declaration says: its bases, its __init__,
// what it inherits. (The refusals are tests/fail/class_used_before_complete.cpp.)
#include <doctest/doctest.h>

#include <string>
#include <type_traits>

#include <boost/hana/equal.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

namespace {

// __new__ returning an instance of a subclass declared below.
struct Leaf;
struct Node {
  static constexpr auto dict = klass::dict(
      "value"_a = klass::field<int>, "label"_a = std::string_view("node"),
      "__new__"_a =
          [](auto cls, auto value) {
            if constexpr (std::is_same_v<decltype(cls), klass::class_object<Node>>)
              return klass::cls<Leaf>(value);  // the whole creation of a Leaf
            else
              return klass::getattr(klass::super<Node>(cls), "__new__"_a)(cls);
          },
      "__init__"_a = [](auto& self, int value) { klass::setattr(self, "value"_a, value); },
      "twice"_a = [](auto& self) { return 2 * klass::getattr(self, "value"_a); });
};
struct Leaf {
  using bases = klass::bases<Node>;
  static constexpr auto dict = klass::dict(
      "inits"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int value) {
        klass::getattr(klass::super<Leaf>(self), "__init__"_a)(value);
        klass::setattr(self, "inits"_a, klass::hasattr(self, "inits"_a) ? klass::getattr(self, "inits"_a) + 1 : 1);
      });
};

// A classmethod factory returning instances of subclasses declared below; one has
// no argument to depend on and takes the class as a template parameter.
struct Dog;
struct Cat;
struct Animal {
  static constexpr auto dict = klass::dict(
      "dog"_a = klass::classmethod([]<class Later = Dog>(auto) { return klass::cls<Later>(); }),
      "cat"_a = klass::classmethod([](auto, auto name) { return klass::cls<Cat>(name); }),
      "speak"_a = [](auto& self) { return std::string(klass::getattr(self, "sound"_a)); },
      "sound"_a = std::string_view("..."));
};
struct Dog {
  using bases = klass::bases<Animal>;
  static constexpr auto dict = klass::dict("sound"_a = std::string_view("woof"));
};
struct Cat {
  using bases = klass::bases<Animal>;
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>, "__init__"_a = [](auto& self, std::string name) {
        klass::setattr(self, "name"_a, name);
      });
};

// Two classes whose methods create each other.
struct Reply;
struct Request {
  static constexpr auto dict = klass::dict(
      "id"_a = klass::field<int>, "__init__"_a = [](auto& self, int id) { klass::setattr(self, "id"_a, id); },
      "answer"_a = [](auto& self) { return klass::cls<Reply>(klass::getattr(self, "id"_a)); });
};
struct Reply {
  static constexpr auto dict = klass::dict(
      "id"_a = klass::field<int>, "__init__"_a = [](auto& self, int id) { klass::setattr(self, "id"_a, id); },
      "follow_up"_a = [](auto& self) { return klass::cls<Request>(klass::getattr(self, "id"_a) + 1); });
};

// A class object as a class attribute: naming it needs nothing of the class.
struct Default;
struct Factory {
  static constexpr auto dict = klass::dict("product"_a = klass::cls<Default>);
};
struct Default {
  using bases = klass::bases<Factory>;
  static constexpr auto dict = klass::dict("made"_a = true);
};

}  // namespace

// What klass says of the later classes is what they declare.
static_assert(klass::issubclass<Leaf, Node>);
static_assert(klass::mro<Leaf> == hana::tuple_t<Leaf, Node, klass::object>);
static_assert(klass::mro<Cat> == hana::tuple_t<Cat, Animal, klass::object>);
static_assert(klass::issubclass<Default, Factory>);

TEST_CASE("__new__ may return an instance of a subclass declared below") {
  auto leaf = klass::cls<Node>(21);
  static_assert(std::is_same_v<decltype(leaf), klass::ref<Leaf>>);
  CHECK(klass::isinstance(leaf, klass::cls<Node>));
  CHECK(klass::getattr(leaf, "twice"_a)() == 42);  // inherited from Node
  CHECK(klass::getattr(leaf, "label"_a) == "node");
  // type.__call__(Node, 21): Leaf's __init__ ran when Leaf(21) was created, and
  // again because the result is an instance of Node (Python does the same).
  CHECK(klass::getattr(leaf, "inits"_a) == 2);
  CHECK(klass::getattr(klass::cls<Leaf>(5), "inits"_a) == 1);
}

TEST_CASE("classmethod factories may return instances of subclasses declared below") {
  auto dog = klass::getattr(klass::cls<Animal>, "dog"_a)();
  auto cat = klass::getattr(klass::cls<Animal>, "cat"_a)(std::string("Tom"));
  CHECK(klass::getattr(dog, "speak"_a)() == "woof");
  CHECK(klass::getattr(cat, "speak"_a)() == "...");
  CHECK(klass::getattr(cat, "name"_a) == "Tom");
  CHECK(klass::isinstance(cat, klass::cls<Animal>));
}

TEST_CASE("two classes whose methods create each other") {
  auto request = klass::cls<Request>(1);
  auto reply = klass::getattr(request, "answer"_a)();
  auto next = klass::getattr(reply, "follow_up"_a)();
  static_assert(std::is_same_v<decltype(next), klass::ref<Request>>);
  CHECK(klass::getattr(reply, "id"_a) == 1);
  CHECK(klass::getattr(next, "id"_a) == 2);
  CHECK(klass::getattr(klass::getattr(next, "answer"_a)(), "id"_a) == 2);
}

TEST_CASE("a class attribute may hold a class declared below") {
  auto made = klass::getattr(klass::cls<Factory>, "product"_a)();
  CHECK(klass::getattr(made, "made"_a));
  CHECK(klass::isinstance(made, klass::cls<Factory>));
}
