// CPython 3.13 Lib/test/test_abc.py, virtual subclasses: test_registration_basics
// (a registered class and its subclasses are subclasses and their instances
// instances; the MRO and the attributes do not change), test_registration_builtins
// (registering with a subclass ABC B of A makes the class a subclass of A too),
// test_registration_transitiveness (A.register(B), B1(B), B1.register(C1): C1 is a
// subclass of B1, B and A, C is not), test_registration_edge_cases (A.register(A)
// and A.register(C) for a real subclass C pass silently).
//
// klass registers at compile time, so there is no "before registration": a class
// never registered stands for it. Skipped tests: see abc_register.py.
#include <string>

#include <boost/hana/for_each.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct A {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("abc_only"_a = [](auto&) { return std::string("A.abc_only"); });
};
struct B {};
struct C {
  using bases = klass::bases<B>;
};
struct Unregistered {};

// test_registration_builtins, with klass classes standing for int and str.
struct Number {};
struct MyNumber {
  using bases = klass::bases<Number>;
};
struct BSub {
  using bases = klass::bases<A>;
};
struct Text {};
struct MyText {
  using bases = klass::bases<Text>;
};

// test_registration_transitiveness
struct TA {
  using metaclass = klass::abc_meta;
};
struct TB {
  using metaclass = klass::abc_meta;
};
struct TC {
  using metaclass = klass::abc_meta;
};
struct TB1 {
  using bases = klass::bases<TB>;
};
struct TC1 {
  using bases = klass::bases<TC>;
};
struct Leaf {};
struct MyLeaf {
  using bases = klass::bases<Leaf>;
};

// test_registration_edge_cases
struct E {
  using metaclass = klass::abc_meta;
};
struct E1 {
  using bases = klass::bases<E>;
};
struct Plain {};

template <> struct klass::abc_register<B> : klass::bases<A> {};          // A.register(B)
template <> struct klass::abc_register<Number> : klass::bases<A> {};     // A.register(Number)
template <> struct klass::abc_register<Text> : klass::bases<BSub> {};    // BSub.register(Text)
template <> struct klass::abc_register<TB> : klass::bases<TA> {};        // TA.register(TB)
template <> struct klass::abc_register<TC1> : klass::bases<TB1> {};      // TB1.register(TC1)
template <> struct klass::abc_register<Leaf> : klass::bases<TC1> {};     // TC1.register(Leaf)
template <> struct klass::abc_register<E> : klass::bases<E> {};          // E.register(E): already a subclass
template <> struct klass::abc_register<E1> : klass::bases<E> {};         // E.register(E1): likewise
template <> struct klass::abc_register<Plain> : klass::bases<E1> {};     // E1.register(Plain)

int main() {
  using klass::cls;
  using klass::isinstance;
  using klass::issubclass;
  print(issubclass<B, A>, isinstance(cls<B>(), cls<A>), issubclass<C, A>, isinstance(cls<C>(), cls<A>));
  print(issubclass<Unregistered, A>, isinstance(cls<Unregistered>(), cls<A>), issubclass<A, B>, isinstance(42, cls<A>));
  std::string mro;
  boost::hana::for_each(klass::mro<B>, [&](auto t) {
    mro += (mro.empty() ? "'" : ", '") + std::string(klass::name<typename decltype(t)::type>) + "'";
  });
  print("[" + mro + "]", klass::hasattr(cls<B>, "abc_only"_a), klass::hasattr(cls<B>(), "abc_only"_a));

  print(issubclass<Number, A>, issubclass<MyNumber, A>, isinstance(cls<MyNumber>(), cls<A>), issubclass<Number, BSub>);
  print(issubclass<Text, A>, issubclass<Text, BSub>, issubclass<MyText, A>, isinstance(cls<MyText>(), cls<BSub>));

  print(issubclass<TA, TA>, issubclass<TB, TA>, issubclass<TB1, TA>, issubclass<TA, TB>);
  print(issubclass<TC, TB>, issubclass<TC, TB1>, issubclass<TC, TA>);
  print(issubclass<TC1, TA>, issubclass<TC1, TB>, issubclass<TC1, TB1>);
  print(issubclass<MyLeaf, TA>, issubclass<MyLeaf, TB1>, isinstance(cls<MyLeaf>(), cls<TA>), isinstance(cls<Leaf>(), cls<TC>));

  print(issubclass<E, E>, issubclass<E1, E>, issubclass<E, E1>, issubclass<Plain, E>, issubclass<Plain, E1>);
}
