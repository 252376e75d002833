// test_descr's properties built step by step: property(doc=...) then .getter and
// .setter keep the doc; a later .setter replaces an earlier one; a subclass
// extends its base's property with .deleter or .setter and keeps the rest.
#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct C {
  static constexpr auto dict = klass::dict(
      "_foo"_a = klass::field<int>,
      "foo"_a = klass::property(klass::none, klass::none, klass::none, "hello")
                    .getter([](auto& self) { return klass::getattr(self, "_foo"_a); })
                    .setter([](auto& self, int value) { klass::setattr(self, "_foo"_a, std::abs(value)); }));
};

struct D {
  using bases = klass::bases<C>;
  static constexpr auto dict = klass::dict(
      "foo"_a = C::dict["foo"_a].deleter([](auto& self) {  // deleting twice is no error
        try {
          klass::delattr(self, "_foo"_a);
        } catch (const klass::attribute_error&) {
          print("nothing to delete");
        }
      }));
};

struct E {
  static constexpr auto dict = klass::dict(
      "_foo"_a = klass::field<int>,
      "foo"_a = klass::property([](auto& self) { return klass::getattr(self, "_foo"_a); })
                    .setter([](auto&, int) { throw std::runtime_error("RuntimeError"); })
                    .setter([](auto& self, int value) { klass::setattr(self, "_foo"_a, std::abs(value)); })
                    .deleter([](auto& self) { klass::delattr(self, "_foo"_a); }));
};

struct F {
  using bases = klass::bases<E>;
  static constexpr auto dict = klass::dict(
      "foo"_a = E::dict["foo"_a]
                    .deleter([](auto& self) {
                      print("F deleter");
                      klass::delattr(self, "_foo"_a);
                    })
                    .setter([](auto& self, int value) { klass::setattr(self, "_foo"_a, std::max(0, value)); }));
};

int main() {
  print(klass::getattr(klass::cls<C>, "foo"_a).__doc__);
  auto c = klass::cls<C>();
  klass::setattr(c, "foo"_a, -42);
  print(klass::getattr(c, "_foo"_a), klass::getattr(c, "foo"_a));
  auto d = klass::cls<D>();
  klass::setattr(d, "foo"_a, 24);
  print(klass::getattr(d, "foo"_a), klass::getattr(klass::cls<D>, "foo"_a).__doc__);
  klass::delattr(d, "foo"_a);
  klass::delattr(d, "foo"_a);
  print(klass::hasattr(d, "_foo"_a));
  auto e = klass::cls<E>();
  klass::setattr(e, "foo"_a, -42);
  print(klass::getattr(e, "foo"_a));
  klass::delattr(e, "foo"_a);
  print(klass::hasattr(e, "_foo"_a));
  auto f = klass::cls<F>();
  klass::setattr(f, "foo"_a, -10);
  print(klass::getattr(f, "foo"_a));
  klass::setattr(f, "foo"_a, 5);
  print(klass::getattr(f, "foo"_a));
  klass::delattr(f, "foo"_a);
  print(klass::hasattr(f, "_foo"_a));
}
