// isinstance and issubclass (<klass/isinstance.hpp>) on instances, classes and
// plain values; what ABCs add is in tests/run/abc.cpp.
#include <doctest/doctest.h>

#include <klass/klass.hpp>

namespace {
struct Meta {
  using bases = klass::bases<klass::type>;
};
struct Base {};
struct Derived {
  using bases = klass::bases<Base>;
};
struct WithMeta {
  using metaclass = Meta;
};
}  // namespace

TEST_CASE("an instance is an instance of its class and of the classes of its MRO") {
  auto d = klass::cls<Derived>();
  CHECK(klass::isinstance(d, klass::cls<Derived>));
  CHECK(klass::isinstance(d, klass::cls<Base>));
  CHECK(klass::isinstance(*d, klass::cls<klass::object>));
  CHECK_FALSE(klass::isinstance(klass::cls<Base>(), klass::cls<Derived>));
  static_assert(klass::issubclass<Derived, Base> && !klass::issubclass<Base, Derived>);
}

TEST_CASE("a class is an instance of its metaclass; a plain value only of object") {
  CHECK(klass::isinstance(klass::cls<Base>, klass::cls<klass::type>));
  CHECK(klass::isinstance(klass::cls<WithMeta>, klass::cls<Meta>));
  CHECK(klass::isinstance(klass::cls<WithMeta>, klass::cls<klass::type>));
  CHECK_FALSE(klass::isinstance(klass::cls<Base>, klass::cls<Meta>));
  CHECK(klass::isinstance(42, klass::cls<klass::object>));
  CHECK_FALSE(klass::isinstance(42, klass::cls<Base>));
}
