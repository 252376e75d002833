// test_descr's classmethods and staticmethods: one function stored three ways. As a
// plain function it binds the instance; as a classmethod it binds the class used
// (or the instance's type, even from a subclass); as a staticmethod it binds
// nothing. From the class, the plain function takes self explicitly.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

template <class T>
std::string part(klass::class_object<T> cls) {
  return "class " + std::string(cls.__name__);
}
template <class T>
std::string part(const klass::instance<T>& self) {
  return std::string(klass::type_of(self).__name__) + " instance";
}
inline std::string part(int value) { return std::to_string(value); }

inline constexpr auto show = [](const auto&... args) {
  std::string parts;
  ((parts += (parts.empty() ? "" : ", ") + part(args)), ...);
  return "(" + parts + ")";
};

struct C {
  static constexpr auto dict =
      klass::dict("foo"_a = show, "goo"_a = klass::classmethod(show), "hoo"_a = klass::staticmethod(show));
};

struct D {
  using bases = klass::bases<C>;
};

int main() {
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  auto c = C_();
  auto d = D_();
  print(klass::getattr(C_, "goo"_a)(1), klass::getattr(c, "goo"_a)(1), klass::getattr(c, "foo"_a)(1));
  print(klass::getattr(D_, "goo"_a)(1), klass::getattr(d, "goo"_a)(1), klass::getattr(d, "foo"_a)(1),
        klass::getattr(D_, "foo"_a)(*d, 1));
  print(klass::getattr(C_, "hoo"_a)(1), klass::getattr(c, "hoo"_a)(1), klass::getattr(D_, "hoo"_a)(1),
        klass::getattr(d, "hoo"_a)(1));
  print(klass::getattr(C_, "foo"_a)(*c, 2, 3), klass::getattr(d, "goo"_a)(), klass::getattr(D_, "hoo"_a)());
  print(C::dict["goo"_a].get(klass::none, D_)(4), C::dict["hoo"_a].get(*c, C_)(4));
}
