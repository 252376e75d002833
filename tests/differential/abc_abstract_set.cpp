// CPython 3.13 Lib/test/test_abc.py: the abstract set ABCMeta computes
// (__abstractmethods__: a class's own abstract names, and its bases' abstract
// names that its lookup still finds abstract), abstractmethod under property,
// classmethod and staticmethod and their legacy spellings (one spelling in klass),
// the TypeError's wording for one and for many names, a property with an abstract
// getter and setter replaced one at a time, a non-callable value implementing a
// name, multiple inheritance deciding by lookup, a metaclass that is an ABC, and
// abstractmethod without ABCMeta (no enforcement). Skipped tests: see abc_abstract_set.py.
//
// Where Python calls C() and prints the TypeError, klass cannot: creating an
// abstract class is a compile error (tests/fail/abc_instantiate_abstract.cpp).
// report<C>() asks klass::is_abstract<C> instead and, when it is true, prints
// "TypeError: " and the message that compile error carries (the text g++ shows,
// klass::abstract_message<C>); when it is false it creates C, as
// Python does. sorted(C.__abstractmethods__) is klass::abstract_methods<C>;
// inspect.isabstract(C) is klass::is_abstract<C>.
#include <string>
#include <string_view>

#include <boost/hana/for_each.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

template <class T>
std::string sorted_abstract_methods() {
  std::string out;
  boost::hana::for_each(klass::abstract_methods<T>, [&](auto name) {
    out += (out.empty() ? "'" : ", '") + std::string(decltype(name)::type::name) + "'";
  });
  return "[" + out + "]";
}

template <class T>
void report() {
  print(klass::name<T>, sorted_abstract_methods<T>(), klass::is_abstract<T>);
  if constexpr (klass::is_abstract<T>) {
    print("TypeError:", klass::abstract_message<T>);
  } else {
    klass::cls<T>();
    print(std::string(klass::name<T>) + "() created");
  }
}

// The ways of marking foo abstract; Python's legacy spellings (abstractproperty,
// abstractclassmethod, abstractstaticmethod) are the same klass values.
struct method_kind {
  static constexpr auto abstract() { return klass::abstractmethod([](auto&) { return std::string("method"); }); }
  static constexpr auto concrete() { return [](auto&) { return std::string("method"); }; }
  static constexpr bool read = false;
};
struct property_kind {
  static constexpr auto abstract() {
    return klass::property(klass::abstractmethod([](auto&) { return std::string("method"); }));
  }
  static constexpr auto concrete() { return klass::property([](auto&) { return std::string("method"); }); }
  static constexpr bool read = true;
};
struct classmethod_kind {
  static constexpr auto abstract() {
    return klass::classmethod(klass::abstractmethod([](auto cls) { return "classmethod of " + std::string(cls.__name__); }));
  }
  static constexpr auto concrete() {
    return klass::classmethod([](auto cls) { return "classmethod of " + std::string(cls.__name__); });
  }
  static constexpr bool read = false;
};
struct staticmethod_kind {
  static constexpr auto abstract() {
    return klass::staticmethod(klass::abstractmethod([]() { return std::string("staticmethod"); }));
  }
  static constexpr auto concrete() { return klass::staticmethod([]() { return std::string("staticmethod"); }); }
  static constexpr bool read = false;
};

template <class K>
struct C {
  static constexpr std::string_view class_name = "C";
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("foo"_a = K::abstract(), "bar"_a = [](auto&) { return std::string("bar"); });
};
template <class K>
struct D {
  static constexpr std::string_view class_name = "D";
  using bases = klass::bases<C<K>>;
  static constexpr auto dict = klass::dict("bar"_a = [](auto&) { return std::string("D.bar"); });
};
template <class K>
struct E {
  static constexpr std::string_view class_name = "E";
  using bases = klass::bases<D<K>>;
  static constexpr auto dict = klass::dict("foo"_a = K::concrete());
};
template <class K>
struct F {
  static constexpr std::string_view class_name = "F";
  using bases = klass::bases<E<K>>;
  static constexpr auto dict = klass::dict("bar"_a = K::abstract());
};

template <class K>
void integration(const char* kind) {
  print("--", kind);
  report<C<K>>();
  report<D<K>>();
  report<E<K>>();
  auto e = klass::cls<E<K>>();
  if constexpr (K::read)
    print(klass::getattr(e, "foo"_a), klass::getattr(e, "bar"_a)());
  else
    print(klass::getattr(e, "foo"_a)(), klass::getattr(e, "bar"_a)());
  report<F<K>>();
}

struct One {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("method_one"_a = klass::abstractmethod([](auto&) {}));
};
struct Many {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("method_two"_a = klass::abstractmethod([](auto&) {}),
                                           "method_one"_a = klass::abstractmethod([](auto&) {}),
                                           "a_property"_a = klass::property(klass::abstractmethod([](auto&) {})));
};

struct P {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      "foo"_a = klass::property(klass::abstractmethod([](auto&) { return 3; }), klass::abstractmethod([](auto&, int) {})));
};
struct PD {
  using bases = klass::bases<P>;
  static constexpr auto dict =
      klass::dict("foo"_a = P::dict["foo"_a].getter([](auto& self) { return klass::getattr(klass::super<PD>(self), "foo"_a); }));
};
struct PE {
  using bases = klass::bases<PD>;
  static constexpr auto dict =
      klass::dict("foo"_a = PD::dict["foo"_a].setter([](auto&, int value) { print("PE.foo set to", value); }));
};

struct V {
  using bases = klass::bases<One>;
  static constexpr auto dict = klass::dict("method_one"_a = 3);
};
struct Left {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict =
      klass::dict("foo"_a = klass::abstractmethod([](auto&) {}), "left"_a = klass::abstractmethod([](auto&) {}));
};
struct Right {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("foo"_a = [](auto&) { return std::string("Right.foo"); },
                                           "right"_a = klass::abstractmethod([](auto&) {}));
};
struct RL {
  using bases = klass::bases<Right, Left>;
};
struct LR {
  using bases = klass::bases<Left, Right>;
};
struct Both {
  using bases = klass::bases<RL>;
  static constexpr auto dict = klass::dict("left"_a = [](auto&) { return std::string("left"); },
                                           "right"_a = [](auto&) { return std::string("right"); });
};

struct X {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("x"_a = klass::abstractmethod([](auto&) {}));
};
struct meta {
  using bases = klass::bases<klass::type, X>;
  static constexpr auto dict = klass::dict("x"_a = [](auto cls) { return "x of " + std::string(cls.__name__); });
};
struct WithMeta {
  using metaclass = meta;
};
struct Plain {
  static constexpr auto dict =
      klass::dict("load"_a = klass::abstractmethod([](auto&) { return std::string("loaded anyway"); }));
};

int main() {
  integration<method_kind>("method");
  integration<property_kind>("property");
  integration<property_kind>("abstractproperty");
  integration<classmethod_kind>("classmethod");
  integration<classmethod_kind>("abstractclassmethod");
  integration<staticmethod_kind>("staticmethod");
  integration<staticmethod_kind>("abstractstaticmethod");

  print("-- messages");
  report<One>();
  report<Many>();
  print(klass::name<klass::metaclass_of<One>>, klass::name<klass::metaclass_of<Many>>);

  print("-- a property with an abstract getter and setter");
  report<P>();
  report<PD>();
  report<PE>();
  auto pe = klass::cls<PE>();
  klass::setattr(pe, "foo"_a, 7);
  print(klass::getattr(pe, "foo"_a));

  print("-- a value implements a name; lookup decides with several bases");
  report<V>();
  print(klass::getattr(klass::cls<V>(), "method_one"_a));
  report<RL>();
  report<LR>();
  report<Both>();
  print(klass::getattr(klass::cls<Both>(), "foo"_a)(), klass::getattr(klass::cls<Both>(), "left"_a)(),
        klass::getattr(klass::cls<Both>(), "right"_a)());

  print("-- a metaclass that is an ABC; abstractmethod without ABCMeta");
  print(klass::name<klass::metaclass_of<meta>>, sorted_abstract_methods<meta>(), klass::is_abstract<meta>,
        klass::getattr(klass::cls<WithMeta>, "x"_a)(), klass::isinstance(klass::cls<WithMeta>, klass::cls<X>));
  print(klass::is_abstract<Plain>, klass::getattr(klass::cls<Plain>(), "load"_a)());
}
