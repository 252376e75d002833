// The habr notes (part 2): a metaclass's __new__ and __init__ run when the class
// statement runs, not when instances are created. (`metaclass=` is Python 3's
// spelling of the seed's `__metaclass__`.) The class statement is klass::define<A>().
// Calling Meta('A', (object,), {}) to make a class at run time is not modelled
// (docs/limitations.md).
#include <iostream>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto mcls, std::string_view name, auto bases, const auto& attrs) {
        std::cout << "creating new class " << name << '\n';
        return klass::getattr(klass::super<Meta>(mcls), "__new__"_a)(mcls, name, bases, attrs);
      },
      "__init__"_a = [](auto&, std::string_view name, auto, const auto&) {
        std::cout << "initing new class " << name << '\n';
      });
};

struct A {
  using metaclass = Meta;
};

int main() {
  klass::define<A>();
  std::cout << "class statement done\n";
  auto a = klass::cls<A>();
  auto b = klass::cls<A>();
  std::cout << klass::type_of(a).__name__ << ' ' << klass::type_of(klass::cls<A>).__name__ << '\n';
}
