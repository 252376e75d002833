// bench/attributes/runtime_handwritten.cpp — each operation of runtime_klass.cpp
// as hand-written C++: std::optional<int> for a field that may be unset (reading
// it unset throws, as klass does), member functions for the property and the
// method, static members for the class attribute, the classmethod and the
// staticmethod, and plain inheritance for the chain.
#include <optional>
#include <vector>
#include <stdexcept>

#include "bench.hpp"

struct attribute_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct H {
  std::optional<int> x;
  // Only for class_attr_read_on_instance_vs_shadowable: an instance value that
  // may shadow the class attribute, as Python's instance dict may.
  std::optional<int> a_shadow;

  static inline int a = 42;

  int get_x() const {
    if (!x) throw attribute_error("'K' object has no attribute 'x'");
    return *x;
  }
  int p() const { return get_x() + 1; }
  void set_p(int v) { x = v - 1; }
  int m(int k) const { return get_x() + k; }
  static int cm(int k) { return a + k; }
  static int sm(int k) { return 3 * k; }

  // the operators a C++ programmer writes for the same work
  std::optional<std::vector<int>> v;
  const std::vector<int>& get_v() const {
    if (!v) throw attribute_error("'K' object has no attribute 'v'");
    return *v;
  }
  int operator+(const H& other) const { return get_x() + other.get_x(); }
  bool operator==(const H& other) const { return get_x() == other.get_x(); }
  int operator[](int i) const { return get_v()[static_cast<std::size_t>(i & 3)]; }
  int operator()(int k) const { return get_x() + k; }
};

struct G0 {
  std::optional<int> x;
  int get_x() const {
    if (!x) throw attribute_error("'B2' object has no attribute 'x'");
    return *x;
  }
  int m(int k) const { return get_x() + k; }
};
struct G1 : G0 {
  std::optional<int> y;
};
struct G2 : G1 {
  std::optional<int> z;
};

template <class T>
T& make_object();
template <>
H& make_object<H>() {
  static H o;
  o.x = 1;
  o.v = std::vector<int>{1, 2, 3, 4};
  return o;
}
template <>
G2& make_object<G2>() {
  static G2 o;
  o.x = 1;
  o.y = 2;
  o.z = 3;
  return o;
}

BENCH_BASELINE(H)
BENCH_READ(field_read, H, o.get_x())
BENCH_WRITE(field_write, H, o.x = k)
BENCH_READ(property_read, H, o.p())
BENCH_WRITE(property_write, H, o.set_p(k))
BENCH_READ(method_call, H, o.m(k))
BENCH_READ(classmethod_call, H, o.cm(k))
BENCH_READ(classmethod_call_on_class, H, H::cm(k))
BENCH_READ(staticmethod_call, H, o.sm(k))
BENCH_READ(class_attr_read, H, H::a)
BENCH_READ(class_attr_read_on_instance, H, o.a)
BENCH_READ(class_attr_read_on_instance_vs_shadowable, H, o.a_shadow ? *o.a_shadow : H::a)
BENCH_WRITE(class_attr_write, H, H::a = k)
BENCH_READ(inherited_field_read, G2, o.get_x())
BENCH_READ(inherited_method_call, G2, o.m(k))

BENCH_READ(op_add, H, o + o)
BENCH_READ(op_eq, H, o == o)
BENCH_READ(op_getitem, H, o[k])
BENCH_READ(op_call, H, o(k))
BENCH_READ(op_iterate, H, [&] {
  int sum = 0;
  for (int x : o.get_v()) sum += x;
  return sum;
}())

BENCH_MAIN()
