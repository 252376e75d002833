// super(type, obj) where obj is a class (CPython's supercheck, Objects/typeobject.c,
// as Lib/test/test_super.py and test_descr.py test_supers use it): if obj is a
// subclass of type, lookup continues after type in obj's own MRO (the class's
// attributes, classmethods bound to obj); if obj is an instance of a metaclass
// deriving from type, it continues after type in the metaclass's MRO (the
// metaclass's methods and properties, bound to the class). So super(SubMeta, L)
// reaches Meta.both although L.both is L's classmethod, and super(L, L) reaches
// K's. A metaclass __call__ hands on to type.__call__ through super.
//
// Not observable here: assigning through super (super(L, L).tag = 1) is an
// AttributeError in Python and a compile error in klass (tests/fail/super_setattr.cpp).
#include <string>
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

// What print() shows for a call's result: None for a function returning nothing.
template <class F>
std::string result_of(F&& f) {
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    return "None";
  } else {
    return f();
  }
}

struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "tag"_a = "Meta.tag", "who"_a = [](auto cls) { return "Meta.who of " + std::string(cls.__name__); },
      "both"_a = [](auto cls) { return "Meta.both of " + std::string(cls.__name__); },
      "info"_a = klass::property([](auto cls) { return "Meta.info of " + std::string(cls.__name__); }));
};
struct SubMeta {
  using bases = klass::bases<Meta>;
  static constexpr auto dict = klass::dict(
      "who"_a = [](auto cls) { return "SubMeta.who > " + klass::getattr(klass::super<SubMeta>(cls), "who"_a)(); },
      "info"_a =
          klass::property([](auto cls) { return "SubMeta.info > " + klass::getattr(klass::super<SubMeta>(cls), "info"_a); }),
      "__call__"_a = [](auto cls, auto... args) {
        print("SubMeta.__call__", cls.__name__, args...);
        return klass::getattr(klass::super<SubMeta>(cls), "__call__"_a)(args...);
      });
};
struct K {
  using metaclass = SubMeta;
  static constexpr auto dict = klass::dict(
      "tag"_a = "K.tag", "both"_a = klass::classmethod([](auto cls) { return "K.both of " + std::string(cls.__name__); }),
      "__init__"_a = [](auto& self, auto... args) { print("K.__init__", klass::type_of(self).__name__, args...); });
};
struct L {
  using bases = klass::bases<K>;
  static constexpr auto dict = klass::dict(
      "both"_a = klass::classmethod([](auto cls) { return "L.both > " + klass::getattr(klass::super<L>(cls), "both"_a)(); }));
};

int main() {
  constexpr auto K_ = klass::cls<K>;
  constexpr auto L_ = klass::cls<L>;
  auto k0 = K_();
  print(klass::getattr(K_, "who"_a)(), "|", klass::getattr(L_, "who"_a)());
  print(klass::getattr(K_, "info"_a), "|", klass::getattr(L_, "info"_a));
  print(klass::getattr(K_, "both"_a)(), "|", klass::getattr(L_, "both"_a)());
  print(klass::getattr(klass::super<SubMeta>(L_), "both"_a)(), "|", klass::getattr(klass::super<SubMeta>(K_), "both"_a)());
  print(klass::getattr(klass::super<L>(L_), "both"_a)(), "|",
        result_of([&] { return klass::getattr(klass::super<K>(k0), "__init__"_a)(); }));
  print(klass::getattr(klass::super<SubMeta>(K_), "who"_a)(), "|", klass::getattr(klass::super<SubMeta>(L_), "info"_a));
  print(klass::getattr(K_, "tag"_a), klass::getattr(L_, "tag"_a), klass::getattr(klass::cls<SubMeta>, "tag"_a),
        klass::getattr(klass::super<SubMeta>(L_), "tag"_a), klass::getattr(klass::super<L>(L_), "tag"_a));
  auto k = L_(1, 2);
  print(klass::type_of(k).__name__, klass::hasattr(k, "who"_a), klass::hasattr(k, "info"_a), klass::hasattr(k, "both"_a),
        klass::getattr(k, "both"_a)());
  print(klass::getattr(klass::super<L>(k), "both"_a)(), "|",
        result_of([&] { return klass::getattr(klass::super<K>(k), "__init__"_a)(); }));
}
