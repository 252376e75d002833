// Metaclasses (<klass/metaclass.hpp>): the metaclass of a class, and namespace transforms inherited by a metaclass's subclasses.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {
struct Meta1 {
  using bases = klass::bases<klass::type>;
};
struct Meta2 {
  using bases = klass::bases<klass::type>;
};
struct Meta12 {
  using bases = klass::bases<Meta1, Meta2>;
};
struct X1 {
  using metaclass = Meta1;
};
struct X2 {
  using metaclass = Meta2;
};
struct Both {
  using bases = klass::bases<X1, X2>;
};
struct BothResolved {
  using bases = klass::bases<X1, X2>;
  using metaclass = Meta12;
};
struct Inherits {
  using bases = klass::bases<X1>;
};
struct Plain {};
}  // namespace

TEST_CASE("the metaclass of a class is the most derived of the declared one and its bases'") {
  CHECK(klass::type_of(klass::cls<X1>()) == klass::cls<X1>);
  CHECK(std::is_same_v<klass::metaclass_of<X1>, Meta1>);
  CHECK(std::is_same_v<klass::metaclass_of<Inherits>, Meta1>);
  CHECK(std::is_same_v<klass::metaclass_of<BothResolved>, Meta12>);
  CHECK(std::is_same_v<klass::metaclass_of<Plain>, klass::type>);
  CHECK(klass::has_metaclass_conflict<Both>);
  CHECK_FALSE(klass::has_metaclass_conflict<BothResolved>);
}

namespace {
// A metaclass inherits its bases' __new__: the first class of its MRO declaring
// transform_namespace rewrites the namespace of its classes (M2(M1) adds
// __spam__ as M1 does); one declared lower in the MRO overrides it.
struct SpamMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto transform_namespace(auto, const auto& ns) { return ns.with("__spam__"_a = 1); }
};
struct OtherMeta {
  using bases = klass::bases<klass::type>;
};
struct SpamSubMeta {
  using bases = klass::bases<OtherMeta, SpamMeta>;
};
struct EggsMeta {
  using bases = klass::bases<SpamSubMeta>;
  static constexpr auto transform_namespace(auto, const auto& ns) { return ns.with("__spam__"_a = 2); }
};
struct Spammed {
  using metaclass = SpamSubMeta;
};
struct SpammedChild {
  using bases = klass::bases<Spammed>;
};
struct Egged {
  using metaclass = EggsMeta;
};
}  // namespace

TEST_CASE("a metaclass's subclass rewrites the namespace as the metaclass does") {
  CHECK(klass::getattr(klass::cls<Spammed>, "__spam__"_a) == 1);
  CHECK(klass::getattr(klass::cls<SpammedChild>(), "__spam__"_a) == 1);
  CHECK(klass::getattr(klass::cls<Egged>, "__spam__"_a) == 2);
}
