// bench/attributes/runtime_klass.cpp — each operation through klass. Its twin,
// runtime_handwritten.cpp, does the same with the C++ a programmer would write;
// run.py compares the two (instructions under callgrind, and assembly).
#include <vector>

#include <klass/klass.hpp>

#include "bench.hpp"

using namespace klass::literals;

struct K {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>,  // an instance-dict entry (may be unset)
      "a"_a = 42,                 // a plain class attribute
      "p"_a = klass::property([](auto& self) { return klass::getattr(self, "x"_a) + 1; },
                              [](auto& self, int v) { klass::setattr(self, "x"_a, v - 1); }),
      "m"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) + k; },
      "cm"_a = klass::classmethod([](auto cls, int k) { return klass::getattr(cls, "a"_a) + k; }),
      "sm"_a = klass::staticmethod([](int k) { return 3 * k; }),
      // the data model: operators and protocols from special methods
      "v"_a = klass::field<std::vector<int>>,
      "__add__"_a = [](auto& self, const klass::instance_of<K> auto& other) {
        return klass::getattr(self, "x"_a) + klass::getattr(other, "x"_a);
      },
      "__eq__"_a = [](auto& self, const klass::instance_of<K> auto& other) {
        return klass::getattr(self, "x"_a) == klass::getattr(other, "x"_a);
      },
      "__hash__"_a = [](auto& self) { return klass::getattr(self, "x"_a); },
      "__getitem__"_a = [](auto& self, int i) { return klass::getattr(self, "v"_a)[static_cast<std::size_t>(i & 3)]; },
      "__call__"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) + k; },
      "__iter__"_a = [](auto& self) -> auto& { return klass::getattr(self, "v"_a); });
};

// A chain of three classes: the field and the method are found two classes up the MRO.
struct B0 {
  static constexpr auto dict = klass::dict("x"_a = klass::field<int>,
                                           "m"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) + k; });
};
struct B1 {
  using bases = klass::bases<B0>;
  static constexpr auto dict = klass::dict("y"_a = klass::field<int>);
};
struct B2 {
  using bases = klass::bases<B1>;
  static constexpr auto dict = klass::dict("z"_a = klass::field<int>);
};

using KI = klass::instance<K>;
using B2I = klass::instance<B2>;

template <class T>
T& make_object();
template <>
KI& make_object<KI>() {
  static auto o = klass::cls<K>();
  klass::setattr(o, "x"_a, 1);
  klass::setattr(o, "v"_a, std::vector<int>{1, 2, 3, 4});
  return *o;
}
template <>
B2I& make_object<B2I>() {
  static auto o = klass::cls<B2>();
  klass::setattr(o, "x"_a, 1);
  klass::setattr(o, "y"_a, 2);
  klass::setattr(o, "z"_a, 3);
  return *o;
}

BENCH_BASELINE(KI)
BENCH_READ(field_read, KI, klass::getattr(o, "x"_a))
BENCH_WRITE(field_write, KI, klass::setattr(o, "x"_a, k))
BENCH_READ(property_read, KI, klass::getattr(o, "p"_a))
BENCH_WRITE(property_write, KI, klass::setattr(o, "p"_a, k))
BENCH_READ(method_call, KI, klass::getattr(o, "m"_a)(k))
BENCH_READ(classmethod_call, KI, klass::getattr(o, "cm"_a)(k))
BENCH_READ(classmethod_call_on_class, KI, klass::getattr(klass::cls<K>, "cm"_a)(k))
BENCH_READ(staticmethod_call, KI, klass::getattr(o, "sm"_a)(k))
BENCH_READ(class_attr_read, KI, klass::getattr(klass::cls<K>, "a"_a))
BENCH_READ(class_attr_read_on_instance, KI, klass::getattr(o, "a"_a))
BENCH_READ(class_attr_read_on_instance_vs_shadowable, KI, klass::getattr(o, "a"_a))
BENCH_WRITE(class_attr_write, KI, klass::setattr(klass::cls<K>, "a"_a, k))
BENCH_READ(inherited_field_read, B2I, klass::getattr(o, "x"_a))
BENCH_READ(inherited_method_call, B2I, klass::getattr(o, "m"_a)(k))

BENCH_READ(op_add, KI, o + o)
BENCH_READ(op_eq, KI, o == o)
BENCH_READ(op_getitem, KI, o[k])
BENCH_READ(op_call, KI, o(k))
BENCH_READ(op_iterate, KI, [&] {
  int sum = 0;
  for (int x : o) sum += x;
  return sum;
}())

BENCH_MAIN()
