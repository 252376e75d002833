// CPython 3.13 Lib/test/test_descr.py test_metaclass, and metaclass parts of
// Lib/test/test_subclassinit.py: private state in a class with metaclass=type;
// metaclass methods seen from the class, not from its instances; metaclasses
// rewriting the namespace (__spam__, autoproperty) for their classes and
// subclasses, and for the classes of metaclasses deriving from them (M2(M1),
// multimetaclass(autoproperty, autosuper), which inherit their __new__); a metaclass __init__ counting class statements, not instances; the
// most derived metaclass (issue1294232); class keywords reaching the metaclass's
// __new__ and __init__; a singleton metaclass. Skipped tests: see creation_metaclass.py.
//
// klass runs a class statement at klass::define<X>(), so main() defines each class
// where Python's class statement is. A metaclass rewriting the namespace does it
// at compile time (transform_namespace), as M1.__new__ and autoproperty.__new__ do
// before calling type.__new__. A metaclass conflict is a compile error in klass
// (tests/fail/metaclass_conflict.cpp): where klass::has_metaclass_conflict<X> says
// so, this program prints the line Python's TypeError prints.
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/hana/contains.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/type.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;
namespace hana = boost::hana;

namespace state {
struct C {
  using metaclass = klass::type;
  static constexpr auto dict = klass::dict(
      "_C__state"_a = klass::field<int>, "__init__"_a = [](auto& self) { klass::setattr(self, "_C__state"_a, 0); },
      "getstate"_a = [](auto& self) { return klass::getattr(self, "_C__state"_a); },
      "setstate"_a = [](auto& self, int state) { klass::setattr(self, "_C__state"_a, state); });
};
}  // namespace state

namespace meta_methods {
struct _metaclass {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("myself"_a = [](auto cls) { return cls; });
};
struct D {
  using metaclass = _metaclass;
};
}  // namespace meta_methods

namespace namespaces {
struct M1 {
  using bases = klass::bases<klass::type>;
  static constexpr auto transform_namespace(auto, const auto& ns) { return ns.with("__spam__"_a = 1); }
};
struct C1 {
  using metaclass = M1;
};

// '_get_x' in dict
template <class Ns, class Name>
constexpr bool has = decltype(hana::contains(std::remove_cvref_t<Ns>::names(), hana::type_c<Name>))::value;
// x = property(_get_x, _set_x or None) when the class body defines _get_x.
struct autoproperty {
  using bases = klass::bases<klass::type>;
  static constexpr auto transform_namespace(auto, const auto& ns) {
    using Ns = decltype(ns);
    if constexpr (has<Ns, decltype("_get_x"_a)> && has<Ns, decltype("_set_x"_a)>)
      return ns.with("x"_a = klass::property(ns["_get_x"_a], ns["_set_x"_a]));
    else if constexpr (has<Ns, decltype("_get_x"_a)>)
      return ns.with("x"_a = klass::property(ns["_get_x"_a]));
    else
      return ns;
  }
};
struct A {
  using metaclass = autoproperty;
  static constexpr auto dict = klass::dict("_A__x"_a = klass::field<int>,
                                           "_get_x"_a = [](auto& self) { return -klass::getattr(self, "_A__x"_a); },
                                           "_set_x"_a = [](auto& self, int x) { klass::setattr(self, "_A__x"_a, -x); });
};
struct A2 {
  using metaclass = autoproperty;
  static constexpr auto dict = klass::dict("_get_x"_a = [](auto&) { return std::string("A"); });
};
struct B2 {
  using bases = klass::bases<A2>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "B" + klass::getattr(klass::super<B2>(self), "_get_x"_a)(); });
};
struct C2 {
  using bases = klass::bases<A2>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "C" + klass::getattr(klass::super<C2>(self), "_get_x"_a)(); });
};
struct D2 {
  using bases = klass::bases<C2, B2>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "D" + klass::getattr(klass::super<D2>(self), "_get_x"_a)(); });
};

// A metaclass inherits its bases' __new__, and so their rewriting of the namespace.
struct M2 {
  using bases = klass::bases<M1>;
};
struct CM2 {
  using metaclass = M2;
};

// test_descr's multimetaclass(autoproperty, autosuper): autoproperty's rewriting
// reaches the classes of the merged metaclass. autosuper's class attribute
// _<name>__super (an unbound super) is written as klass::super<B>(self).
struct autosuper {
  using bases = klass::bases<klass::type>;
};
struct multimetaclass {
  using bases = klass::bases<autoproperty, autosuper>;
};
struct A3 {
  using metaclass = multimetaclass;
  static constexpr auto dict = klass::dict("_get_x"_a = [](auto&) { return std::string("A"); });
};
struct B3 {
  using bases = klass::bases<A3>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "B" + klass::getattr(klass::super<B3>(self), "_get_x"_a)(); });
};
struct C3 {
  using bases = klass::bases<A3>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "C" + klass::getattr(klass::super<C3>(self), "_get_x"_a)(); });
};
struct D3 {
  using bases = klass::bases<C3, B3>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "D" + klass::getattr(klass::super<D3>(self), "_get_x"_a)(); });
};
struct E3 {
  using bases = klass::bases<B3, C3>;
  static constexpr auto dict =
      klass::dict("_get_x"_a = [](auto& self) { return "E" + klass::getattr(klass::super<E3>(self), "_get_x"_a)(); });
};
}  // namespace namespaces

namespace counting {
void count();  // T.counter += 1, defined once T is complete
struct T {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("counter"_a = 0, "__init__"_a = [](auto&, auto&&...) { count(); });
};
void count() { klass::setattr(klass::cls<T>, "counter"_a, klass::getattr(klass::cls<T>, "counter"_a) + 1); }
struct CT {
  using metaclass = T;
};
}  // namespace counting

namespace derived {
struct AMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__new__"_a = klass::staticmethod(
                                               [](auto mcls, std::string_view name, auto bases, const auto& ns) {
                                                 print("AMeta.__new__", name);
                                                 return klass::getattr(klass::super<AMeta>(mcls), "__new__"_a)(mcls, name, bases, ns);
                                               }));
};
struct BMeta {
  using bases = klass::bases<AMeta>;
  static constexpr auto dict = klass::dict("__new__"_a = klass::staticmethod(
                                               [](auto mcls, std::string_view name, auto bases, const auto& ns) {
                                                 print("BMeta.__new__", name);
                                                 return klass::getattr(klass::super<BMeta>(mcls), "__new__"_a)(mcls, name, bases, ns);
                                               }));
};
struct A {
  using metaclass = AMeta;
};
struct B {
  using metaclass = BMeta;
};
struct C {
  using bases = klass::bases<A, B>;
};
struct C2 {
  using bases = klass::bases<B, A>;
};
struct D {
  using bases = klass::bases<C>;
  using metaclass = klass::type;
};
struct E {
  using bases = klass::bases<C>;
  using metaclass = AMeta;
};
struct Other {
  using bases = klass::bases<klass::type>;
};
struct Conflict {
  using bases = klass::bases<A>;
  using metaclass = Other;
};
}  // namespace derived

namespace keywords {
struct MyMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "__new__"_a =
          [](auto cls, std::string_view name, auto bases, const auto& ns, auto otherarg) {
            std::string names;
            hana::for_each(bases, [&](auto t) {
              names += (names.empty() ? "'" : ", '") + std::string(klass::name<typename decltype(t)::type>) + "'";
            });
            print("MyMeta.__new__", cls.__name__, name, "[" + names + "]", otherarg.value);
            return klass::getattr(klass::super<MyMeta>(cls), "__new__"_a)(cls, name, bases, ns);
          },
      "__init__"_a =
          [](auto& self, std::string_view name, auto bases, const auto& ns, auto otherarg) {
            print("MyMeta.__init__", self.__name__, name, otherarg.value);
            klass::getattr(klass::super<MyMeta>(self), "__init__"_a)(name, bases, ns);
          });
};
struct PlainBase {};
struct MyClass3 {
  using bases = klass::bases<PlainBase>;
  using metaclass = MyMeta;
  static constexpr auto keywords = klass::dict("otherarg"_a = 1);
};
}  // namespace keywords

namespace singletons {
struct Config {
  using metaclass = klass::singleton;
  static constexpr auto dict =
      klass::dict("__init__"_a = [](auto& self) { print("Config.__init__", klass::type_of(self).__name__); });
};
struct SubConfig {
  using bases = klass::bases<Config>;
};
}  // namespace singletons

int main() {
  {
    using namespace state;
    auto a = klass::cls<C>();
    std::cout << klass::getattr(a, "getstate"_a)() << ' ';
    klass::getattr(a, "setstate"_a)(10);
    print(klass::getattr(a, "getstate"_a)());
  }
  {
    using namespace meta_methods;
    constexpr auto D_ = klass::cls<D>;
    auto d = D_();
    print(klass::getattr(D_, "myself"_a)() == D_, klass::type_of(d).__name__, klass::hasattr(d, "myself"_a),
          klass::hasattr(D_, "myself"_a), klass::isinstance(D_, klass::cls<_metaclass>));
  }
  {
    using namespace namespaces;
    print(klass::getattr(klass::cls<C1>, "__spam__"_a), klass::getattr(klass::cls<C1>(), "__spam__"_a));
    auto a = klass::cls<A>();
    std::cout << (klass::hasattr(a, "x"_a) ? "True" : "False") << ' ';
    klass::setattr(a, "x"_a, 12);
    print(klass::getattr(a, "x"_a), klass::getattr(a, "_A__x"_a));
    print(klass::getattr(klass::cls<D2>(), "x"_a), klass::getattr(klass::cls<B2>(), "x"_a),
          klass::name<klass::metaclass_of<D2>>);
    print(klass::getattr(klass::cls<CM2>, "__spam__"_a), klass::getattr(klass::cls<CM2>(), "__spam__"_a),
          klass::name<klass::metaclass_of<CM2>>);
    auto a3 = klass::cls<A3>();
    print(klass::getattr(klass::cls<D3>(), "x"_a), klass::getattr(klass::cls<E3>(), "x"_a), klass::hasattr(a3, "x"_a),
          klass::name<klass::metaclass_of<D3>>, klass::name<klass::metaclass_of<E3>>);
  }
  {
    using namespace counting;
    klass::define<CT>();
    std::cout << klass::getattr(klass::cls<T>, "counter"_a) << ' ';
    auto a = klass::cls<CT>();
    print(klass::type_of(a).__name__, klass::getattr(klass::cls<T>, "counter"_a));
  }
  {
    using namespace derived;
    klass::define<A>();
    klass::define<B>();
    klass::define<C>();
    klass::define<C2>();
    klass::define<D>();
    klass::define<E>();
    print(klass::name<klass::metaclass_of<A>>, klass::name<klass::metaclass_of<B>>,
          klass::name<klass::metaclass_of<C>>, klass::name<klass::metaclass_of<C2>>,
          klass::name<klass::metaclass_of<D>>, klass::name<klass::metaclass_of<E>>);
    if constexpr (klass::has_metaclass_conflict<Conflict>)
      print("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
            "metaclasses of all its bases");
  }
  {
    using namespace keywords;
    klass::define<MyClass3>();
  }
  {
    using namespace singletons;
    auto a = klass::cls<Config>();
    auto b = klass::cls<Config>();
    auto s = klass::cls<SubConfig>();
    print(klass::is(a, b), klass::is(s, klass::cls<Config>()), klass::is(s, klass::cls<SubConfig>()),
          klass::type_of(s).__name__);
  }
}
