// Rich comparisons (Lib/test/test_richcmp.py, test_descr's richcompare and
// test_class's testHashComparisonOfMethods): the reflected method of a proper
// subclass first; v.__op__(w); then w's reflected one (a < b tries b.__gt__(a));
// == and != fall back to identity, an ordering to a TypeError; __ne__ inverts
// __eq__; a class with __eq__ but no __hash__ is unhashable, one with both hashes
// by its value, one with neither by identity.
#include <unordered_set>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct Num {
  static constexpr auto dict = klass::dict(
      "v"_a = klass::field<int>, "__init__"_a = [](auto& self, int v) { klass::setattr(self, "v"_a, v); },
      "__eq__"_a =
          [](auto& self, const klass::instance_of<Num> auto& other) {
            print("Num.__eq__");
            return klass::getattr(self, "v"_a) == klass::getattr(other, "v"_a);
          },
      "__lt__"_a =
          [](auto& self, const klass::instance_of<Num> auto& other) {
            print("Num.__lt__");
            return klass::getattr(self, "v"_a) < klass::getattr(other, "v"_a);
          },
      "__hash__"_a = [](auto& self) { return klass::getattr(self, "v"_a); });
};
struct Sub {
  using bases = klass::bases<Num>;
  static constexpr auto dict = klass::dict(
      "__eq__"_a =
          [](auto&, const auto&) {
            print("Sub.__eq__");
            return klass::NotImplemented;
          },
      "__gt__"_a = [](auto&, const auto&) {
        print("Sub.__gt__");
        return true;
      });
};
struct Plain {};
struct Same {
  static constexpr auto dict =
      klass::dict("__eq__"_a = [](auto&, const auto&) { return klass::NotImplemented; });  // identity decides
};
struct Maybe {
  static constexpr auto dict = klass::dict(
      "__lt__"_a = [](auto&, const auto&) -> klass::or_not_implemented<bool> { return klass::NotImplemented; });
};
struct Key {
  static constexpr auto dict = klass::dict(
      "k"_a = klass::field<int>, "__init__"_a = [](auto& self, int k) { klass::setattr(self, "k"_a, k); },
      "__eq__"_a = [](auto& self,
                      const klass::instance_of<Key> auto& other) { return klass::getattr(self, "k"_a) == klass::getattr(other, "k"_a); },
      "__hash__"_a = [](auto& self) { return klass::getattr(self, "k"_a) * 7; });
};
struct Minus {
  static constexpr auto dict = klass::dict("__hash__"_a = [](auto&) { return -1; });  // hash() gives -2
};

int main() {
  constexpr auto N = klass::cls<Num>;
  auto a = N(1), b = N(2);
  const bool eq = a == N(1);  // C++ leaves the order of arguments open: one at a time
  const bool ne = a != b;
  const bool lt = a < b;
  print(eq, ne, lt);
  print(b > a);  // no __gt__: b.__gt__ is object's, then a.__lt__(b)
  print(a == klass::cls<Sub>(1));  // Sub.__eq__ first (a subclass), NotImplemented, then Num.__eq__
  print(a < klass::cls<Sub>(5));   // Sub.__gt__ first

  auto p = klass::cls<Plain>(), q = klass::cls<Plain>();
  print(p == q, p == p, p != q, p != p);
  // p < q and a <= b (no method at all) are compile errors in klass:
  // tests/fail/datamodel_ordering_not_supported.cpp
  attempt([] { print(klass::cls<Maybe>() < klass::cls<Maybe>()); });

  auto s = klass::cls<Same>();
  print(s == s, s == klass::cls<Same>(), s != klass::cls<Same>());

  constexpr auto K = klass::cls<Key>;
  std::unordered_set<klass::ref<Key>> keys{K(1), K(1), K(2)};
  print(keys.size(), klass::hash(K(3)), klass::hash(klass::cls<Minus>()));
  std::unordered_set<klass::ref<Plain>> plain{p, q, p};
  print(plain.size());
}
