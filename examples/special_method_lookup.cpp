// The habr notes (part 3): special methods are looked up on the type. c() is
// type(c).__call__(c), not c.__call__(); C() is type(C).__call__(C), the
// metaclass's, whatever C's own __call__; setattr(a, 'x', v) is
// type(a).__setattr__(a, 'x', v), so an instance attribute named __setattr__ is
// ignored, and a class's __setattr__ is for its instances, not for the class.
#include <functional>
#include <iostream>
#include <klass/klass.hpp>
#include <string>
#include <string_view>

using namespace klass::literals;

// c.__call__ = lambda: ... is an instance-dict entry, declared; a klass dict holds
// one kind per name, so it is declared in a base (docs/limitations.md).
struct CInstanceLayout {
  static constexpr auto dict = klass::dict("__call__"_a = klass::field<std::function<std::string()>>);
};
struct C {
  using bases = klass::bases<CInstanceLayout>;
  static constexpr auto dict = klass::dict("__call__"_a = [](auto& /*self*/) { return std::string("C.__call__"); });
};

struct Plain {};

struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__call__"_a = [](auto cls, auto&&... args) {
    std::cout << "Meta.__call__ " << cls.__name__ << '\n';
    return klass::getattr(klass::super<Meta>(cls), "__call__"_a)(args...);
  });
};
struct K {
  using metaclass = Meta;
  static constexpr auto dict = klass::dict("__call__"_a = [](auto& /*self*/) { return std::string("K.__call__"); });
};

struct A {
  static constexpr auto dict = klass::dict(
      "foo"_a = "bar", "x"_a = klass::field<int>, "y"_a = klass::field<int>, "z"_a = klass::field<int>,
      "__setattr__"_a = [](auto& self, auto attr, auto value) {
        std::cout << "for instances " << std::string_view(attr) << ' ' << value << '\n';
        // object.__setattr__(self, attr, value): what klass::setattr does without a hook.
        klass::getattr(klass::cls<klass::object>, "__setattr__"_a)(self, attr, value);
      });
};

struct B {
  static constexpr auto dict =
      klass::dict("__setattr__"_a = klass::field<std::function<void(std::string_view, std::string_view)>>,
                  "foo"_a = klass::field<std::string_view>);
};

int main() {
  auto c = klass::cls<C>();
  klass::setattr(c, "__call__"_a, [] { return std::string("an instance attribute"); });
  std::cout << klass::getattr(c, "__call__"_a)() << '\n';  // attribute lookup: the instance dict first
  std::cout << klass::getattr(klass::type_of(c), "__call__"_a)(*c) << '\n';  // what c() calls
  std::cout << c() << '\n';                                                  // c() itself

  auto p = klass::getattr(klass::cls<klass::type>, "__call__"_a)(klass::cls<Plain>);  // what Plain() does
  std::cout << klass::type_of(p).__name__ << '\n';

  auto k = klass::cls<K>();  // type(K).__call__(K): Meta's, not K's own
  std::cout << klass::type_of(k).__name__ << ' ' << klass::getattr(klass::type_of(k), "__call__"_a)(*k) << '\n';
  auto k2 = klass::getattr(klass::cls<Meta>, "__call__"_a)(klass::cls<K>);  // the same, written out
  std::cout << (klass::is(k, k2) ? "True" : "False") << '\n';
  std::cout << klass::type_of(klass::cls<Plain>).__name__ << ' ' << klass::type_of(klass::cls<K>).__name__
            << '\n';  // type(C): the metaclass

  auto a = klass::cls<A>();
  klass::getattr(a, "__setattr__"_a)("x"_a, 1);  // the hook, called by hand
  klass::setattr(a, "y"_a, 2);                   // type(a).__setattr__(a, 'y', 2)
  klass::setattr(a, "z"_a, 3);
  std::cout << klass::getattr(a, "x"_a) << ' ' << klass::getattr(a, "y"_a) << ' ' << klass::getattr(a, "z"_a) << '\n';
  klass::setattr(klass::cls<A>, "foo"_a, std::string_view("baz"));  // type's __setattr__: A's hook is not called
  std::cout << klass::getattr(klass::cls<A>, "foo"_a) << ' ' << klass::getattr(a, "foo"_a) << '\n';
  // A.__setattr__('foo', 'bar') is a TypeError ("A.__setattr__() missing 1 required
  // positional argument: 'value'"); in klass the call does not compile.

  auto b = klass::cls<B>();
  klass::setattr(b, "__setattr__"_a, [](std::string_view, std::string_view) { std::cout << "never called\n"; });
  klass::setattr(b, "foo"_a, std::string_view("bar"));  // object.__setattr__: b's own __setattr__ is ignored
  std::cout << klass::getattr(b, "foo"_a) << '\n';
}
