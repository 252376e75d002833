// CPython 3.13 Lib/test/test_super.py: super() in class methods binds the class
// the call started from (test_class_methods_still_working,
// test_super_in_class_methods_working: D.cm is a plain function, so called on an
// instance its "cls" is the instance, and super(D, d).cm() binds C.cm to type(d));
// a base's staticmethod reached through super (test_mixed_staticmethod_hierarchy:
// from a class, super gives a plain function unbound and a staticmethod's function);
// super() in __new__ (test_reassigned_new, without the reassignment: klass cannot
// add a class attribute at run time).
//
// Python's tuples are shown by show() (a class by its name, an instance as Name(),
// a string by its repr); here each method builds that text.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

template <class T>
std::string show(klass::class_object<T> cls) {
  return std::string(cls.__name__);
}
template <class T>
std::string show(const klass::instance<T>& self) {
  return std::string(klass::type_of(self).__name__) + "()";
}
std::string show(klass::none_t) { return "None"; }
std::string tuple(const std::string& cls, const std::string& inner, const char* letter) {
  return "(" + cls + ", " + inner + ", '" + letter + "')";
}

struct A {
  static constexpr auto dict =
      klass::dict("cm"_a = klass::classmethod([](auto cls) { return "(" + show(cls) + ", 'A')"; }));
};
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("cm"_a = klass::classmethod(
      [](auto cls) { return tuple(show(cls), klass::getattr(klass::super<B>(cls), "cm"_a)(), "B"); }));
};
struct C {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("cm"_a = klass::classmethod(
      [](auto cls) { return tuple(show(cls), klass::getattr(klass::super<C>(cls), "cm"_a)(), "C"); }));
};
struct D {
  using bases = klass::bases<C, B>;
  // Not a classmethod: "cls" is whatever is bound or passed (an instance or a class).
  static constexpr auto dict = klass::dict(
      "cm"_a = [](auto&& cls) { return tuple(show(cls), klass::getattr(klass::super<D>(cls), "cm"_a)(), "D"); });
};
struct E {
  using bases = klass::bases<D>;
};
struct G {
  using bases = klass::bases<A>;
};

// test_mixed_staticmethod_hierarchy
struct SA {
  static constexpr auto dict = klass::dict("some"_a = klass::staticmethod([](auto cls, auto... args) {
    return "SA.some(" + show(cls) + ", " + std::to_string(sizeof...(args)) + " args)";
  }));
};
struct SB {
  using bases = klass::bases<SA>;
  static constexpr auto dict = klass::dict("some"_a = [](auto cls, auto... args) {
    return "SB > " + klass::getattr(klass::super<SB>(cls), "some"_a)(cls, args...);
  });
};
struct SC {
  using bases = klass::bases<SB>;
  static constexpr auto dict = klass::dict("some"_a = klass::staticmethod(
      [](auto cls) { return "SC > " + klass::getattr(klass::super<SC>(cls), "some"_a)(cls); }));
};

// super() in __new__: each __new__ hands on to the next with super(X, cls).__new__(cls, ...)
struct N1 {
  static constexpr auto dict = klass::dict(
      "__new__"_a =
          [](auto cls, auto... args) {
            print("N1.__new__", cls.__name__, args...);
            return klass::getattr(klass::super<N1>(cls), "__new__"_a)(cls);
          },
      "__init__"_a = [](auto& self, auto... args) { print("N1.__init__", klass::type_of(self).__name__, args...); });
};
struct N2 {
  using bases = klass::bases<N1>;
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, int x) {
    print("N2.__new__", cls.__name__, x);
    return klass::getattr(klass::super<N2>(cls), "__new__"_a)(cls, x);
  });
};
struct N3 {
  using bases = klass::bases<N2>;
};
struct NoneNew {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto) { return klass::none; });
};
struct NoneNewChild {
  using bases = klass::bases<NoneNew>;
  static constexpr auto dict =
      klass::dict("__new__"_a = [](auto cls) { return klass::getattr(klass::super<NoneNewChild>(cls), "__new__"_a)(cls); });
};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  constexpr auto E_ = klass::cls<E>;
  constexpr auto G_ = klass::cls<G>;
  print(klass::getattr(A_, "cm"_a)(), klass::getattr(A_(), "cm"_a)(), klass::getattr(G_, "cm"_a)(),
        klass::getattr(G_(), "cm"_a)());
  print(klass::getattr(B_, "cm"_a)(), klass::getattr(C_(), "cm"_a)());
  print(klass::getattr(D_(), "cm"_a)());
  print(klass::getattr(E_(), "cm"_a)());
  print(klass::getattr(D_, "cm"_a)(D_));
  print(klass::getattr(D_, "cm"_a)(*E_()));
  print(klass::getattr(klass::super<D>(D_), "cm"_a)(), klass::getattr(klass::super<C>(E_), "cm"_a)(),
        klass::getattr(klass::super<B>(E_()), "cm"_a)());

  constexpr auto SB_ = klass::cls<SB>;
  constexpr auto SC_ = klass::cls<SC>;
  print(klass::getattr(SC_, "some"_a)(SC_));
  print(klass::getattr(SB_, "some"_a)(SC_, 1, 2), klass::getattr(SC_(), "some"_a)(SC_));
  print(klass::getattr(klass::super<SB>(SC_), "some"_a)(SB_), klass::getattr(klass::super<SB>(SC_()), "some"_a)(SC_, 3));

  auto n = klass::cls<N3>(5);
  print(klass::type_of(n).__name__, klass::type_of(klass::cls<N1>(6, 7)).__name__);
  print(show(klass::cls<NoneNewChild>()), show(klass::cls<NoneNew>()));
}
