// test_descr's computed attribute: a user data descriptor holding a getter, a
// setter and a deleter, like a hand-written property. Each read here counts up;
// assignment and deletion go through the descriptor, never the instance dict.
#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

template <class Get, class Set, class Delete>
struct computed_attribute {
  Get get_;
  Set set_;
  Delete delete_;
  auto get(auto& obj, auto) const { return get_(obj); }
  void set(auto& obj, int value) const { set_(obj, value); }
  void del(auto& obj) const { delete_(obj); }
};
template <class Get, class Set, class Delete>
computed_attribute(Get, Set, Delete) -> computed_attribute<Get, Set, Delete>;

struct C {
  static constexpr auto dict = klass::dict(
      "_x"_a = klass::field<int>,
      "__init__"_a = [](auto& self) { klass::setattr(self, "_x"_a, 0); },
      "x"_a = computed_attribute{[](auto& self) {
                                   int x = klass::getattr(self, "_x"_a);
                                   klass::setattr(self, "_x"_a, x + 1);
                                   return x;
                                 },
                                 [](auto& self, int x) { klass::setattr(self, "_x"_a, x); },
                                 [](auto& self) { klass::delattr(self, "_x"_a); }});
};

int main() {
  auto a = klass::cls<C>();
  print(klass::getattr(a, "x"_a));
  print(klass::getattr(a, "x"_a));
  klass::setattr(a, "x"_a, 10);
  print(klass::getattr(a, "x"_a));
  print(klass::getattr(a, "x"_a));
  klass::delattr(a, "x"_a);
  print(klass::hasattr(a, "_x"_a));
  attempt([&] { klass::getattr(a, "x"_a); });
  klass::setattr(a, "x"_a, 3);
  int x = klass::getattr(a, "x"_a);  // read first, as Python evaluates print's arguments
  print(x, klass::getattr(a, "_x"_a));
}
