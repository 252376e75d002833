// Run-time view of klass/mro.hpp: the MRO is an ordinary Hana sequence to iterate.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <boost/hana/for_each.hpp>
#include <klass/mro.hpp>

namespace {
struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };

template <class Sequence>
std::vector<std::string> names(Sequence classes) {
  std::vector<std::string> out;
  boost::hana::for_each(classes, [&](auto t) { out.emplace_back(klass::name<typename decltype(t)::type>); });
  return out;
}
}  // namespace

TEST_CASE("the MRO is a Hana sequence whose names can be read at run time") {
  CHECK(names(klass::mro<D>) == std::vector<std::string>{"D", "B", "C", "A", "object"});
  CHECK(names(klass::bases_of<D>) == std::vector<std::string>{"B", "C"});
}

TEST_CASE("failures are values") {
  struct X {};
  struct Y {};
  struct XY { using bases = klass::bases<X, Y>; };
  struct YX { using bases = klass::bases<Y, X>; };
  struct Z { using bases = klass::bases<XY, YX>; };
  CHECK_FALSE(klass::has_consistent_mro<Z>);
  CHECK(names(klass::mro_conflict<Z>) == std::vector<std::string>{"X", "Y"});
}
