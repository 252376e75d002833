// CPython 3.13 Lib/test/test_abc.py test_subclasshook, extended: ABCMeta's
// __subclasscheck__ asks cls.__subclasshook__(C) first; True or False is the
// answer (even against the real MRO, so issubclass(A, A) is False when A's hook
// says so), NotImplemented hands on to the MRO and the registrations. The hook is
// inherited, so it sees which class asks (`cls is A`). isinstance(o, A) is True
// for an instance of A itself before any hook is asked (PyObject_IsInstance's
// exact-type check), and otherwise asks the hook about type(o).
//
// klass evaluates __subclasshook__ at compile time; 'foo' in C.__dict__ reads the
// class body (C::dict). Skipped tests: see abc_subclasshook.py.
#include <type_traits>

#include <boost/hana/contains.hpp>
#include <boost/hana/type.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

// 'foo' in C.__dict__
template <class T>
constexpr bool defines_foo() {
  if constexpr (requires { T::dict; })
    return decltype(boost::hana::contains(T::dict.names(), boost::hana::type_c<klass::attr_c<"foo">>))::value;
  else
    return false;
}

struct A {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto cls, auto other) {
    if constexpr (std::is_same_v<decltype(cls), klass::class_object<A>>)
      return defines_foo<typename decltype(other)::type>();
    else
      return klass::NotImplemented;
  }));
};
struct AA {
  using bases = klass::bases<A>;
};
struct B {
  static constexpr auto dict = klass::dict("foo"_a = 42);
};
struct BB {  // foo is inherited, not in BB's own dict
  using bases = klass::bases<B>;
};
struct C {
  static constexpr auto dict = klass::dict("spam"_a = 42);
};

struct Anything {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto, auto) { return true; }));
};
struct Nothing {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto, auto) { return false; }));
};
struct NothingChild {
  using bases = klass::bases<Nothing>;
};
struct Registered {};
template <>
struct klass::abc_register<Registered> : klass::bases<Nothing> {};

// NotImplemented hands on to the registrations and the MRO.
struct Sized {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("__subclasshook__"_a = klass::classmethod([](auto cls, auto other) {
    if constexpr (std::is_same_v<decltype(cls), klass::class_object<Sized>> && klass::hasattr(decltype(other){}, "__len__"_a))
      return true;
    else
      return klass::NotImplemented;
  }));
};
struct HasLen {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 3; });
};
struct LenChild {
  using bases = klass::bases<HasLen>;
};
struct NoLen {};
struct Vouched {};
struct SizedChild {
  using bases = klass::bases<Sized>;
};
template <>
struct klass::abc_register<Vouched> : klass::bases<Sized> {};

int main() {
  using klass::cls;
  using klass::isinstance;
  using klass::issubclass;
  print(issubclass<A, A>, isinstance(cls<A>(), cls<A>), issubclass<AA, A>, isinstance(cls<AA>(), cls<A>));
  print(issubclass<B, A>, isinstance(cls<B>(), cls<A>), issubclass<BB, A>, issubclass<C, A>, isinstance(cls<C>(), cls<A>));
  print(issubclass<AA, AA>, isinstance(cls<AA>(), cls<AA>), issubclass<B, AA>, issubclass<A, AA>);

  print(issubclass<C, Anything>, isinstance(cls<B>(), cls<Anything>), issubclass<Anything, Anything>);
  print(issubclass<NothingChild, Nothing>, isinstance(cls<NothingChild>(), cls<Nothing>), isinstance(cls<Nothing>(), cls<Nothing>),
        issubclass<Registered, Nothing>, issubclass<NothingChild, NothingChild>);

  print(issubclass<HasLen, Sized>, issubclass<LenChild, Sized>, issubclass<NoLen, Sized>);
  print(issubclass<Vouched, Sized>, issubclass<SizedChild, Sized>, issubclass<HasLen, SizedChild>,
        isinstance(cls<LenChild>(), cls<Sized>));
}
