// CPython 3.13 Lib/test/test_super.py, the cooperative hierarchy (A, B(A), C(A),
// D(C, B), E(D), F(E) with f = E.f, G(A)), and the super(type, obj) parts of
// Lib/test/test_descr.py test_supers: each f adds its class's letter after what
// super() gives, so D().f() is 'ABCD' however f is reached; super(X, obj) starts
// after X in the MRO of type(obj); a property overridden in a subclass is still
// reached through super; from a class (super(X, cls)) a property is the property.
// What is skipped, and why, is listed in super_cooperative.py.
#include <string>

#include <boost/hana/for_each.hpp>

#include <klass/klass.hpp>

#include "../fixtures/cooperative.hpp"
#include "print.hpp"

using namespace klass::literals;
using differential::print;

using cooperative::A;
using cooperative::B;
using cooperative::C;
using cooperative::D;

struct E {
  using bases = klass::bases<D>;
};
struct F {
  using bases = klass::bases<E>;
  // f = E.f: D's function again (E.f is D's plain function); its super still starts after D.
  static constexpr auto dict = klass::dict("f"_a = D::dict["f"_a]);
};
struct G {
  using bases = klass::bases<A>;
};

// test_supers: methods with arguments, chained with explicit super(X, self).
std::string repr_call(const char* name, int a) { return std::string(name) + "(" + std::to_string(a) + ")"; }
struct A2 {
  static constexpr auto dict = klass::dict("meth"_a = [](auto&, int a) { return repr_call("A", a); });
};
struct B2 {
  using bases = klass::bases<A2>;
  static constexpr auto dict = klass::dict(
      "meth"_a = [](auto& self, int a) { return repr_call("B", a) + klass::getattr(klass::super<B2>(self), "meth"_a)(a); });
};
struct C2 {
  using bases = klass::bases<A2>;
  static constexpr auto dict = klass::dict(
      "meth"_a = [](auto& self, int a) { return repr_call("C", a) + klass::getattr(klass::super<C2>(self), "meth"_a)(a); });
};
struct D2 {
  using bases = klass::bases<C2, B2>;
  static constexpr auto dict = klass::dict(
      "meth"_a = [](auto& self, int a) { return repr_call("D", a) + klass::getattr(klass::super<D2>(self), "meth"_a)(a); });
};

// test_supers: a data descriptor overridden in a subclass is reached through super.
struct DDbase {
  static constexpr auto dict = klass::dict("x"_a = klass::property([](auto&) { return 42; }));
};
struct DDsub {
  using bases = klass::bases<DDbase>;
  static constexpr auto dict = klass::dict("x"_a = klass::property([](auto&) { return std::string("hello"); }));
};

// test_supers (SF 743627): from a classmethod, super(Sub, cls).aProp is the property itself.
struct Base {
  static constexpr auto dict = klass::dict("aProp"_a = klass::property([](auto&) { return std::string("foo"); }));
};
struct Sub {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "test"_a = klass::classmethod([](auto cls) {
        return &klass::getattr(klass::super<Sub>(cls), "aProp"_a) == &klass::getattr(klass::cls<Base>, "aProp"_a);
      }),
      "from_instance"_a = [](auto& self) { return klass::getattr(klass::super<Sub>(self), "aProp"_a); });
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  static_cast<void>(A_);
  constexpr auto B_ = klass::cls<B>;
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  constexpr auto E_ = klass::cls<E>;
  constexpr auto F_ = klass::cls<F>;
  constexpr auto G_ = klass::cls<G>;

  std::string names;
  boost::hana::for_each(klass::mro<D>, [&](auto t) {
    names += (names.empty() ? "" : " ") + std::string(klass::name<typename decltype(t)::type>);
  });
  print(names);
  print(klass::getattr(D_(), "f"_a)(), klass::getattr(D_, "f"_a)(*D_()));
  print(klass::getattr(E_(), "f"_a)(), klass::getattr(E_, "f"_a)(*E_()));
  print(klass::getattr(F_(), "f"_a)(), klass::getattr(F_, "f"_a)(*F_()));
  print(klass::getattr(G_(), "f"_a)(), klass::getattr(B_(), "f"_a)(), klass::getattr(C_(), "f"_a)());
  print(klass::getattr(klass::super<D>(D_()), "f"_a)(), klass::getattr(klass::super<C>(D_()), "f"_a)(),
        klass::getattr(klass::super<B>(D_()), "f"_a)());
  print(klass::getattr(klass::super<C>(E_()), "f"_a)(), klass::getattr(klass::super<C>(C_()), "f"_a)(),
        klass::getattr(klass::super<B>(F_()), "f"_a)());
  print(klass::getattr(klass::super<D>(D_), "f"_a)(*D_()), klass::getattr(klass::super<E>(F_), "f"_a)(*F_()));

  print(klass::getattr(klass::cls<A2>(), "meth"_a)(1), klass::getattr(klass::cls<B2>(), "meth"_a)(2),
        klass::getattr(klass::cls<C2>(), "meth"_a)(3));
  print(klass::getattr(klass::cls<D2>(), "meth"_a)(4));

  auto dd = klass::cls<DDsub>();
  print(klass::getattr(dd, "x"_a), klass::getattr(klass::super<DDsub>(dd), "x"_a),
        klass::getattr(klass::cls<DDbase>(), "x"_a));

  constexpr auto Sub_ = klass::cls<Sub>;
  print(klass::getattr(Sub_, "test"_a)(), klass::getattr(Sub_(), "test"_a)(),
        klass::getattr(Sub_(), "from_instance"_a)());
}
