// bench/polymorphism/runtime_bench.cpp — one access (a method call, a field read,
// a property read) through a base-typed klass::handle, against the same access
// through a C++ virtual function on the same hierarchy, and through the exact
// handle (klass::ref) against the hand-written non-virtual C++.
//
//   runtime_bench OPERATION N        runs loop_OPERATION over its objects N times
//   runtime_bench --time OPERATION N the same, printing nanoseconds per access
//
// Every loop walks an array of two objects of different classes (Circle and
// Square) where the access is polymorphic, of one class where it is exact: each
// iteration starts with a memory clobber and hands the value to an asm sink
// (bench/attributes/bench.hpp's barriers), so nothing is hoisted or merged.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>

#include <klass/klass.hpp>

#define BENCH_NOINLINE __attribute__((noinline))

namespace bench {
template <class T>
inline void sink(T value) {
  asm volatile("" : : "r"(value));
}
inline void clobber() { asm volatile("" : : : "memory"); }
}  // namespace bench

using namespace klass::literals;

// ---- klass: Shape declares x (a field), p (a property: x + 1) and m(k) (x + k); --------------
// Circle and Square override p and m with their own (x + 2, x * k ...).
struct Shape {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>,
      "p"_a = klass::property([](auto& self) { return klass::getattr(self, "x"_a) + 1; }),
      "m"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) + k; });
};
struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr auto dict =
      klass::dict("p"_a = klass::property([](auto& self) { return klass::getattr(self, "x"_a) + 2; }),
                  "m"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) - k; });
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict =
      klass::dict("p"_a = klass::property([](auto& self) { return klass::getattr(self, "x"_a) + 3; }),
                  "m"_a = [](auto& self, int k) { return klass::getattr(self, "x"_a) * k; });
};

// ---- C++: the same hierarchy with virtual functions. The field may be unset
// (as a klass field): reading it unset throws, as klass does. ------------------------
// The bodies read the field directly (get_x); the field through the base is a
// virtual getter, as a field of a klass base may be overridden by a subclass.
struct VShape {
  std::optional<int> x_;
  virtual ~VShape() = default;
  int get_x() const {
    if (!x_) throw std::runtime_error("'Shape' object has no attribute 'x'");
    return *x_;
  }
  virtual int x() const { return get_x(); }
  virtual int p() const { return get_x() + 1; }
  virtual int m(int k) const { return get_x() + k; }
};
struct VCircle : VShape {
  int p() const override { return get_x() + 2; }
  int m(int k) const override { return get_x() - k; }
};
struct VSquare : VShape {
  int p() const override { return get_x() + 3; }
  int m(int k) const override { return get_x() * k; }
};

// ---- C++ without virtual functions: what the exact handle is compared with -------------
struct HCircle {
  std::optional<int> x_;
  int x() const {
    if (!x_) throw std::runtime_error("'Circle' object has no attribute 'x'");
    return *x_;
  }
  int p() const { return x() + 2; }
  int m(int k) const { return x() - k; }
};

// ---- the objects --------------------------------------------------------------------

struct objects {
  klass::handle<Shape> handles[2];
  klass::ref<Circle> exact[2];
  VShape* virtuals[2];
  HCircle* plain[2];  // through a pointer, as a klass::ref is
};
objects& make_objects() {
  static objects o = [] {
    objects out;
    auto c = klass::cls<Circle>();
    auto s = klass::cls<Square>();
    klass::setattr(c, "x"_a, 1);
    klass::setattr(s, "x"_a, 2);
    out.handles[0] = c;
    out.handles[1] = s;
    out.exact[0] = klass::cls<Circle>();
    out.exact[1] = klass::cls<Circle>();
    klass::setattr(out.exact[0], "x"_a, 1);
    klass::setattr(out.exact[1], "x"_a, 2);
    auto* vc = new VCircle;
    auto* vs = new VSquare;
    vc->x_ = 1;
    vs->x_ = 2;
    out.virtuals[0] = vc;
    out.virtuals[1] = vs;
    out.plain[0] = new HCircle;
    out.plain[1] = new HCircle;
    out.plain[0]->x_ = 1;
    out.plain[1]->x_ = 2;
    return out;
  }();
  return o;
}

// loop_NAME(o, n): n accesses, alternating between the two objects of its
// array (two classes where the access is polymorphic: a heterogeneous
// container); loop_NAME_one: always the first (a call site that sees one class).
#define LOOP_AT(NAME, INDEX, EXPR)                                          \
  extern "C" BENCH_NOINLINE void loop_##NAME(objects& o, long n) {          \
    for (long i = 0; i != n; ++i) {                                         \
      bench::clobber();                                                     \
      int k = static_cast<int>(i);                                          \
      long j = INDEX;                                                       \
      static_cast<void>(o), static_cast<void>(k), static_cast<void>(j);     \
      bench::sink(static_cast<int>(EXPR));                                  \
    }                                                                       \
  }
#define LOOP(NAME, EXPR) LOOP_AT(NAME, i & 1, EXPR) LOOP_AT(NAME##_one, 0, EXPR)

LOOP(baseline, k + j)
LOOP(method_base_handle, klass::getattr(o.handles[j], "m"_a)(k))
LOOP(method_virtual, o.virtuals[j]->m(k))
LOOP(method_exact_handle, klass::getattr(o.exact[j], "m"_a)(k))
LOOP(method_plain, o.plain[j]->m(k))
LOOP(field_base_handle, klass::getattr(o.handles[j], "x"_a))
LOOP(field_virtual, o.virtuals[j]->x())
LOOP(field_exact_handle, klass::getattr(o.exact[j], "x"_a))
LOOP(field_plain, o.plain[j]->x())
LOOP(field_base_member, o.virtuals[j]->get_x())
LOOP(property_base_handle, klass::getattr(o.handles[j], "p"_a))
LOOP(property_virtual, o.virtuals[j]->p())
LOOP(property_exact_handle, klass::getattr(o.exact[j], "p"_a))
LOOP(property_plain, o.plain[j]->p())

struct operation {
  const char* name;
  void (*loop)(objects&, long);
};
const operation operations[] = {
    {"baseline", &loop_baseline},
    {"baseline_one", &loop_baseline_one},
    {"method_base_handle", &loop_method_base_handle},
    {"method_base_handle_one", &loop_method_base_handle_one},
    {"method_virtual", &loop_method_virtual},
    {"method_virtual_one", &loop_method_virtual_one},
    {"method_exact_handle", &loop_method_exact_handle},
    {"method_exact_handle_one", &loop_method_exact_handle_one},
    {"method_plain", &loop_method_plain},
    {"method_plain_one", &loop_method_plain_one},
    {"field_base_handle", &loop_field_base_handle},
    {"field_base_handle_one", &loop_field_base_handle_one},
    {"field_virtual", &loop_field_virtual},
    {"field_virtual_one", &loop_field_virtual_one},
    {"field_exact_handle", &loop_field_exact_handle},
    {"field_exact_handle_one", &loop_field_exact_handle_one},
    {"field_plain", &loop_field_plain},
    {"field_plain_one", &loop_field_plain_one},
    {"field_base_member", &loop_field_base_member},
    {"field_base_member_one", &loop_field_base_member_one},
    {"property_base_handle", &loop_property_base_handle},
    {"property_base_handle_one", &loop_property_base_handle_one},
    {"property_virtual", &loop_property_virtual},
    {"property_virtual_one", &loop_property_virtual_one},
    {"property_exact_handle", &loop_property_exact_handle},
    {"property_exact_handle_one", &loop_property_exact_handle_one},
    {"property_plain", &loop_property_plain},
    {"property_plain_one", &loop_property_plain_one},
};

int main(int argc, char** argv) {
  const bool timed = argc == 4 && std::strcmp(argv[1], "--time") == 0;
  if (argc != 3 && !timed) return 2;
  const char* name = argv[timed ? 2 : 1];
  const long n = std::strtol(argv[timed ? 3 : 2], nullptr, 10);
  for (const operation& op : operations) {
    if (std::strcmp(op.name, name) != 0) continue;
    objects& o = make_objects();
    const auto start = std::chrono::steady_clock::now();
    op.loop(o, n);
    const auto stop = std::chrono::steady_clock::now();
    if (timed) std::printf("%.4f\n", std::chrono::duration<double, std::nano>(stop - start).count() / n);
    return 0;
  }
  std::fprintf(stderr, "no operation %s\n", name);
  return 2;
}
