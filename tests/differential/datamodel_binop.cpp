// The binary operator protocol (Lib/test/test_binop.py, OperationOrderTests and
// test_descr's binop tests): v.__op__(w), then w.__rop__(v) unless the types are
// the same; first w.__rop__(v) when type(w) is a proper subclass of type(v) that
// overrides __rop__; NotImplemented hands on; nothing left is a TypeError. In
// place: v.__iop__(w), then the binary protocol. Operands may be plain values.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

// Each method may say NotImplemented at run time: its C++ type says so.
using maybe_text = klass::or_not_implemented<std::string>;

struct B {
  static constexpr auto dict = klass::dict(
      "__add__"_a = [](auto&, const auto&) -> maybe_text {
        print("B.__add__");
        return klass::NotImplemented;
      },
      "__radd__"_a = [](auto&, const auto&) -> maybe_text {
        print("B.__radd__");
        return klass::NotImplemented;
      });
};
struct S {  // overrides both
  using bases = klass::bases<B>;
  static constexpr auto dict = klass::dict(
      "__add__"_a = [](auto&, const auto&) -> maybe_text {
        print("S.__add__");
        return klass::NotImplemented;
      },
      "__radd__"_a = [](auto&, const auto&) -> maybe_text {
        print("S.__radd__");
        return klass::NotImplemented;
      });
};
struct X {  // a subclass that overrides nothing
  using bases = klass::bases<B>;
};
struct E {
  static constexpr auto dict = klass::dict("__radd__"_a = [](auto&, const auto&) {
    print("E.__radd__");
    return std::string("E answers");
  });
};

struct Money {
  static constexpr auto dict = klass::dict(
      "cents"_a = klass::field<int>,
      "__init__"_a = [](auto& self, int cents) { klass::setattr(self, "cents"_a, cents); },
      "__add__"_a = [](auto& self, const auto& other) {
        if constexpr (klass::instance_of<decltype(other), Money>)
          return klass::cls<Money>(klass::getattr(self, "cents"_a) + klass::getattr(other, "cents"_a));
        else
          return klass::cls<Money>(klass::getattr(self, "cents"_a) + other);
      },
      "__radd__"_a = [](auto& self, int other) { return klass::cls<Money>(klass::getattr(self, "cents"_a) + other); },
      "__sub__"_a = [](auto& self, const klass::instance_of<Money> auto& other) {
        return klass::cls<Money>(klass::getattr(self, "cents"_a) - klass::getattr(other, "cents"_a));
      },
      "__mul__"_a = [](auto& self, int k) { return klass::cls<Money>(klass::getattr(self, "cents"_a) * k); },
      "__rmul__"_a = [](auto& self, int k) { return klass::cls<Money>(klass::getattr(self, "cents"_a) * k); },
      "__neg__"_a = [](auto& self) { return klass::cls<Money>(-klass::getattr(self, "cents"_a)); },
      "__pos__"_a = [](auto& self) -> auto& { return self; },
      "__abs__"_a = [](auto& self) {
        const auto c = klass::getattr(self, "cents"_a);  // auto: dependent, so compiled when called
        return klass::cls<Money>(c < 0 ? -c : c);
      },
      "__invert__"_a = [](auto& self) { return klass::cls<Money>(~klass::getattr(self, "cents"_a)); },
      "__lshift__"_a = [](auto& self, int n) { return klass::cls<Money>(klass::getattr(self, "cents"_a) << n); },
      "__and__"_a = [](auto& self, const klass::instance_of<Money> auto& other) {
        return klass::getattr(self, "cents"_a) & klass::getattr(other, "cents"_a);
      },
      "__floordiv__"_a = [](auto& self, int k) { return klass::cls<Money>(klass::getattr(self, "cents"_a) / k); },
      "__mod__"_a = [](auto& self, int k) { return klass::getattr(self, "cents"_a) % k; });
};

struct Counter {
  static constexpr auto dict = klass::dict("n"_a = klass::field<int>(0), "__iadd__"_a = [](auto& self, int k) -> auto& {
    klass::setattr(self, "n"_a, klass::getattr(self, "n"_a) + k);
    return self;
  });
};
struct Tally {
  static constexpr auto dict = klass::dict(
      "n"_a = klass::field<int>, "__init__"_a = [](auto& self, int n) { klass::setattr(self, "n"_a, n); },
      "__add__"_a = [](auto& self, int k) { return klass::cls<Tally>(klass::getattr(self, "n"_a) + k); });
};

int main() {
  constexpr auto B_ = klass::cls<B>;
  constexpr auto S_ = klass::cls<S>;
  constexpr auto X_ = klass::cls<X>;
  constexpr auto E_ = klass::cls<E>;
  attempt([&] { print(B_() + S_()); });  // S.__radd__ first: a subclass overriding it
  attempt([&] { print(S_() + B_()); });
  attempt([&] { print(B_() + X_()); });  // X's __radd__ is B's: left first
  attempt([&] { print(B_() + B_()); });  // same type: no reflected call
  attempt([&] { print(B_() + E_()); });  // NotImplemented hands on to E.__radd__
  attempt([&] { print(B_() + 1); });
  attempt([&] { print(1 + B_()); });

  constexpr auto M = klass::cls<Money>;
  auto a = M(150), b = M(275);
  auto cents = [](const auto& m) { return klass::getattr(m, "cents"_a); };
  print(cents(a + b), cents(a + 5), cents(5 + a), cents(b - a), cents(a * 3), cents(2 * a));
  print(cents(-a), klass::is(+a, a), cents(klass::abs(M(-7))), cents(~a), cents(a << 2), a & b,
        cents(klass::floordiv(b, 10)), b % 100);

  auto c = klass::cls<Counter>();
  auto before = c;
  c += 5;
  c += 2;
  print(klass::getattr(c, "n"_a), klass::is(c, before));  // __iadd__ returned self: the same object
  auto t = klass::cls<Tally>(1);
  auto before_t = t;
  t += 41;
  print(klass::getattr(t, "n"_a), klass::is(t, before_t));  // no __iadd__: t = t + 41, a new object
  // c -= 1 (no __isub__, no __sub__) is a compile error in klass:
  // tests/fail/datamodel_unsupported_inplace.cpp
}
