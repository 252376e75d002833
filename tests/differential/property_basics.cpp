// test_descr's properties: property(fget, fset, fdel, doc) manages an attribute
// stored elsewhere; on the class, the attribute is the property object itself,
// with its functions and doc; a property without fset or fdel says so.
#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

inline constexpr auto getx = [](auto& self) { return klass::getattr(self, "_x"_a); };
inline constexpr auto setx = [](auto& self, int value) { klass::setattr(self, "_x"_a, value); };
inline constexpr auto delx = [](auto& self) { klass::delattr(self, "_x"_a); };

struct C {
  static constexpr auto dict = klass::dict(
      "_x"_a = klass::field<int>,
      "x"_a = klass::property(getx, setx, delx, "I'm the x property."),
      "readonly"_a = klass::property(getx));
};

template <class Property>
void print_functions(const Property&) {
  print(Property::has_getter, Property::has_setter, Property::has_deleter);
}

int main() {
  constexpr auto C_ = klass::cls<C>;
  auto a = C_();
  klass::setattr(a, "x"_a, 42);
  print(klass::getattr(a, "_x"_a), klass::getattr(a, "x"_a), klass::getattr(a, "readonly"_a));
  klass::delattr(a, "x"_a);
  print(klass::hasattr(a, "_x"_a));
  attempt([&] { klass::getattr(a, "x"_a); });
  attempt([&] { klass::getattr(a, "readonly"_a); });
  klass::setattr(a, "x"_a, 7);
  print(klass::getattr(a, "x"_a), klass::getattr(a, "readonly"_a));
  print(klass::getattr(C_, "x"_a).__doc__);
  print_functions(klass::getattr(C_, "x"_a));
  print_functions(klass::getattr(C_, "readonly"_a));
  // Left out: a.readonly = 1 and del a.readonly, Python's AttributeError and klass's
  // compile errors (tests/fail/attr_property_no_setter.cpp, attr_property_no_deleter.cpp);
  // C.readonly.__doc__, which Python takes from getx's docstring (C++ functions have none).
}
