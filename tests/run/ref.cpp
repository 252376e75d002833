// klass::ref<C> (<klass/ref.hpp>): Python's reference semantics, `is`, type(o).
#include <doctest/doctest.h>

#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {
struct Named {
  static constexpr auto dict = klass::dict("name"_a = klass::field<std::string>);
};
}  // namespace

TEST_CASE("references alias one object") {
  auto a = klass::cls<Named>();
  auto alias = a;
  klass::setattr(alias, "name"_a, std::string("shared"));
  CHECK(klass::getattr(a, "name"_a) == "shared");
  CHECK(klass::is(a, alias));
  CHECK_FALSE(klass::is(a, klass::cls<Named>()));
  CHECK(klass::type_of(a) == klass::cls<Named>);
}

TEST_CASE("an instance lives while a reference to it exists") {
  klass::ref<Named> kept;
  CHECK_FALSE(kept);
  {
    auto a = klass::cls<Named>();
    klass::setattr(a, "name"_a, std::string("kept"));
    kept = a;
  }
  REQUIRE(kept);
  CHECK(klass::getattr(kept, "name"_a) == "kept");
}
