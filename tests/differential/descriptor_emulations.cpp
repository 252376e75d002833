// The Descriptor HowTo's pure-Python staticmethod and classmethod: non-data
// descriptors whose __get__ returns the plain function, or a function with the
// class put first. They behave as the built-ins do, from classes, instances and
// subclasses.
#include <string>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

template <class F>
struct StaticMethod {
  F f;
  F get(auto&, auto) const { return f; }
};
template <class F>
struct ClassMethod {
  F f;
  // The owner is always given in klass (Python's None defaults to type(obj)).
  auto get(auto&, auto klass_) const {
    return [f = f, klass_](auto... args) { return f(klass_, args...); };
  }
};

inline constexpr auto scale = [](int x) { return x * 10; };
inline constexpr auto describe = [](auto klass_, int x) {
  return "('" + std::string(klass_.__name__) + "', " + std::to_string(x) + ")";
};

struct E {
  static constexpr auto dict = klass::dict(
      "emulated_static"_a = StaticMethod<decltype(scale)>{scale},
      "builtin_static"_a = klass::staticmethod(scale),
      "emulated_class"_a = ClassMethod<decltype(describe)>{describe},
      "builtin_class"_a = klass::classmethod(describe));
};

struct F {
  using bases = klass::bases<E>;
};

int main() {
  constexpr auto E_ = klass::cls<E>;
  constexpr auto F_ = klass::cls<F>;
  auto e = E_();
  auto f = F_();
  print(klass::getattr(E_, "emulated_static"_a)(3), klass::getattr(e, "emulated_static"_a)(3),
        klass::getattr(F_, "emulated_static"_a)(3), klass::getattr(f, "emulated_static"_a)(3));
  print(klass::getattr(E_, "builtin_static"_a)(3), klass::getattr(e, "builtin_static"_a)(3),
        klass::getattr(F_, "builtin_static"_a)(3), klass::getattr(f, "builtin_static"_a)(3));
  print(klass::getattr(E_, "emulated_class"_a)(3), klass::getattr(e, "emulated_class"_a)(4),
        klass::getattr(F_, "emulated_class"_a)(5), klass::getattr(f, "emulated_class"_a)(6));
  print(klass::getattr(E_, "builtin_class"_a)(3), klass::getattr(e, "builtin_class"_a)(4),
        klass::getattr(F_, "builtin_class"_a)(5), klass::getattr(f, "builtin_class"_a)(6));
  print(E::dict["emulated_class"_a].get(*f, klass::type_of(f))(7),
        E::dict["builtin_class"_a].get(*f, klass::type_of(f))(7));
}
