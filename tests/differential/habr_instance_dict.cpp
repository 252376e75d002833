// The habr notes, part 1: o.x looks in o's own dict first, then in its class and the
// class's bases; setattr and delattr change only the instance's dict, never the class.
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct Base {
  static constexpr auto dict = klass::dict("qux"_a = "Base");
};

struct A {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "__init__"_a = [](auto& self, std::string name) { klass::setattr(self, "name"_a, name); },
      "foo"_a = [](auto& self) { return "foo of " + klass::getattr(self, "name"_a); });
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto Base_ = klass::cls<Base>;
  auto a = A_("a");
  auto b = A_("b");
  print(klass::getattr(a, "name"_a), klass::getattr(b, "name"_a), klass::getattr(a, "qux"_a),
        klass::getattr(A_, "qux"_a));
  print(klass::getattr(a, "foo"_a)(), klass::getattr(b, "foo"_a)());
  klass::setattr(a, "qux"_a, std::string_view("mine"));
  print(klass::getattr(a, "qux"_a), klass::getattr(b, "qux"_a), klass::getattr(A_, "qux"_a),
        klass::getattr(Base_, "qux"_a));
  attempt([&] { klass::delattr(b, "qux"_a); });  // nothing in b's own dict
  print(klass::getattr(b, "qux"_a), klass::hasattr(b, "qux"_a));
  klass::delattr(a, "qux"_a);  // a's own entry goes; the class's shows again
  print(klass::getattr(a, "qux"_a));
  klass::setattr(Base_, "qux"_a, std::string_view("changed"));  // seen by every instance that does not shadow it
  klass::setattr(b, "qux"_a, std::string_view("own"));
  print(klass::getattr(a, "qux"_a), klass::getattr(b, "qux"_a), klass::getattr(A_, "qux"_a));
  klass::setattr(Base_, "qux"_a, std::string_view("again"));
  print(klass::getattr(a, "qux"_a), klass::getattr(b, "qux"_a));
  klass::delattr(a, "name"_a);
  print(klass::hasattr(a, "name"_a), klass::hasattr(b, "name"_a));
  attempt([&] { klass::getattr(a, "name"_a); });
  klass::setattr(a, "name"_a, std::string("back"));
  print(klass::getattr(a, "foo"_a)());
  // Left out: a.__dict__ (klass has no __dict__ object) and a.__class__ = B (no
  // run-time class change); both in docs/limitations.md.
}
