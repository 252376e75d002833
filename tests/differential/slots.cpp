// test_descr's __slots__: each name is a member descriptor on the class; unset, it
// is missing (reading and deleting raise); set, it holds its value; a subclass
// inherits the members; a class with no slots has no attribute at all. On the
// class, a slot is its member descriptor.
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct C0 {};
struct C1 {
  static constexpr auto dict = klass::dict("a"_a = klass::member<int>);
};
struct C3 {
  static constexpr auto dict = klass::dict("a"_a = klass::member<int>, "b"_a = klass::member<int>,
                                           "c"_a = klass::member<int>);
};
struct Sub {
  using bases = klass::bases<C3>;
  static constexpr auto dict = klass::dict("d"_a = klass::member<int>);
};

template <class A, class B>
constexpr bool same_type(const A&, const B&) {
  return std::is_same_v<A, B>;
}

int main() {
  print(klass::hasattr(klass::cls<C0>(), "foo"_a));
  auto x = klass::cls<C1>();
  print(klass::hasattr(x, "a"_a));
  attempt([&] { klass::getattr(x, "a"_a); });
  attempt([&] { klass::delattr(x, "a"_a); });
  klass::setattr(x, "a"_a, 1);
  print(klass::getattr(x, "a"_a), klass::hasattr(x, "a"_a));
  klass::setattr(x, "a"_a, 2);
  print(klass::getattr(x, "a"_a));
  klass::delattr(x, "a"_a);
  print(klass::hasattr(x, "a"_a));
  auto y = klass::cls<C3>();
  print(klass::hasattr(y, "a"_a), klass::hasattr(y, "b"_a), klass::hasattr(y, "c"_a));
  klass::setattr(y, "a"_a, 1);
  klass::setattr(y, "b"_a, 2);
  klass::setattr(y, "c"_a, 3);
  print(klass::getattr(y, "a"_a), klass::getattr(y, "b"_a), klass::getattr(y, "c"_a));
  auto s = klass::cls<Sub>();
  klass::setattr(s, "a"_a, 10);
  klass::setattr(s, "d"_a, 40);
  print(klass::getattr(s, "a"_a), klass::getattr(s, "d"_a), klass::hasattr(s, "b"_a));
  print(same_type(klass::getattr(klass::cls<C3>, "a"_a), C3::dict["a"_a]),  // the descriptors
        same_type(klass::getattr(klass::cls<Sub>, "d"_a), C1::dict["a"_a]));
  // Left out: x.b = 1 on a slotted class without b, Python's AttributeError and
  // klass's compile error (tests/fail/attr_no_dict_for_new_attributes.cpp); a name
  // both in __slots__ and a class variable (one kind per name in a klass dict).
}
