// property(), and the Descriptor HowTo's pure-Python Property that emulates it.
#include <iostream>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

// Python mangles `self.__x` inside class C to `_C__x`; klass does no mangling, so
// the example names the attribute as Python stores it (docs/limitations.md).
struct C {
  static constexpr auto dict = klass::dict(
      "_C__x"_a = klass::field<int>,
      "x"_a = klass::property([](auto& self) { return klass::getattr(self, "_C__x"_a); },
                              [](auto& self, int value) { klass::setattr(self, "_C__x"_a, value); },
                              [](auto& self) { klass::delattr(self, "_C__x"_a); },
                              "I'm the 'x' property."));
};

// The HowTo's Property, written as a user descriptor. Its errors depend on which
// functions it was given at run time, so they are exceptions, as in Python.
template <class Get, class Set>
struct Property {
  Get fget;
  Set fset;
  std::string_view __doc__;

  auto get(klass::none_t, auto) const { return *this; }
  int get(auto& obj, auto) const { return fget(obj); }
  void set(auto& obj, int value) const { fset(obj, value); }
  void del(auto&) const { throw klass::attribute_error("can't delete attribute"); }
};
template <class Get, class Set>
Property(Get, Set, std::string_view) -> Property<Get, Set>;

struct D {
  static constexpr auto dict = klass::dict(
      "_x"_a = klass::field<int>,
      "x"_a = Property{[](auto& self) { return klass::getattr(self, "_x"_a); },
                       [](auto& self, int value) { klass::setattr(self, "_x"_a, value); }, "emulated"});
};

int main() {
  auto c = klass::cls<C>();
  klass::setattr(c, "x"_a, 3);
  std::cout << klass::getattr(c, "x"_a) << '\n';
  klass::delattr(c, "x"_a);
  try {
    klass::getattr(c, "x"_a);
  } catch (const klass::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  std::cout << klass::getattr(klass::cls<C>, "x"_a).__doc__ << '\n';

  auto d = klass::cls<D>();
  klass::setattr(d, "x"_a, 4);
  std::cout << klass::getattr(d, "x"_a) << '\n';
  try {
    klass::delattr(d, "x"_a);
  } catch (const klass::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  std::cout << klass::getattr(klass::cls<D>, "x"_a).__doc__ << '\n';
}
