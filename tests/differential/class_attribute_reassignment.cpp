// Rebinding a class attribute (test_descr's dynamic classes, restated for names the
// class already has): the new value is seen through the MRO by every subclass and
// instance that does not shadow it, and hidden where a class nearer in the MRO or
// the instance itself holds the name. A function rebound in the class is bound
// as a method from then on.
#include <string>
#include <string_view>

#include <boost/hana/for_each.hpp>
#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

// A class attribute keeps its C++ type (docs/limitations.md), so Python's two
// functions greet and shout are one callable type here, told apart by a flag.
struct Greeting {
  bool loud = false;
  std::string operator()(const auto& self) const {
    return (loud ? "HELLO FROM " : "hello from ") + std::string(klass::type_of(self).__name__);
  }
};
inline constexpr Greeting greet{false};
inline constexpr Greeting shout{true};

struct A {
  static constexpr auto dict = klass::dict("x"_a = "A.x", "f"_a = greet);
};
struct B {
  using bases = klass::bases<A>;
};
struct C {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("x"_a = "C.x");
};
struct D {
  using bases = klass::bases<B, C>;
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  auto a = A_();
  auto b = B_();
  auto d = D_();
  std::string mro;
  boost::hana::for_each(klass::mro<D>, [&](auto k) {
    mro += (mro.empty() ? "'" : ", '") + std::string(klass::name<typename decltype(k)::type>) + "'";
  });
  print("[" + mro + "]");
  print(klass::getattr(A_, "x"_a), klass::getattr(B_, "x"_a), klass::getattr(C_, "x"_a), klass::getattr(D_, "x"_a),
        klass::getattr(b, "x"_a), klass::getattr(d, "x"_a));
  klass::setattr(A_, "x"_a, std::string_view("A.x2"));
  print(klass::getattr(A_, "x"_a), klass::getattr(B_, "x"_a), klass::getattr(D_, "x"_a), klass::getattr(a, "x"_a),
        klass::getattr(b, "x"_a), klass::getattr(d, "x"_a));
  klass::setattr(C_, "x"_a, std::string_view("C.x2"));
  print(klass::getattr(D_, "x"_a), klass::getattr(d, "x"_a), klass::getattr(B_, "x"_a));
  klass::setattr(b, "x"_a, std::string_view("b.x"));
  klass::setattr(A_, "x"_a, std::string_view("A.x3"));
  print(klass::getattr(b, "x"_a), klass::getattr(B_(), "x"_a), klass::getattr(a, "x"_a));
  print(klass::getattr(a, "f"_a)(), klass::getattr(d, "f"_a)());
  klass::setattr(A_, "f"_a, shout);
  print(klass::getattr(a, "f"_a)(), klass::getattr(d, "f"_a)(), klass::getattr(A_, "f"_a)(*b));
  // Left out: adding a name a class does not declare (C.foobar = 1 where C has
  // none) and del C.x, which klass refuses at compile time (docs/limitations.md,
  // tests/fail/class_add_attribute_at_run_time.cpp).
}
