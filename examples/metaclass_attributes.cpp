// The habr notes (part 2): what a metaclass defines is an attribute of its
// classes (found after the class's own MRO), never of their instances. B's own
// classmethod wins over the metaclass's foo; C inherits B's; D(A) uses Ameta.foo.
// `.self` (Python's __self__) shows what each method is bound to.
#include <iostream>
#include <klass/klass.hpp>

using namespace klass::literals;

struct Ameta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("foo"_a = [](auto /*cls*/) { std::cout << "Ameta.foo\n"; });
};

struct A {
  using metaclass = Ameta;
};

struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("foo"_a = klass::classmethod([](auto /*cls*/) { std::cout << "B.foo\n"; }));
};

struct C {
  using bases = klass::bases<B>;
};

struct D {
  using bases = klass::bases<A>;
};

const char* py(bool value) { return value ? "True" : "False"; }

int main() {
  klass::getattr(klass::cls<A>, "foo"_a)();
  std::cout << klass::getattr(klass::cls<A>, "foo"_a).self.__name__ << '\n';
  auto a = klass::cls<A>();
  std::cout << py(klass::hasattr(a, "foo"_a)) << '\n';
  // a.foo raises AttributeError: 'A' object has no attribute 'foo'; in klass a
  // compile error (tests/fail/attr_object_has_no_attribute.cpp), so hasattr asks.

  std::cout << klass::getattr(klass::cls<B>, "foo"_a).self.__name__ << '\n';
  klass::getattr(klass::cls<B>, "foo"_a)();

  klass::getattr(klass::cls<C>, "foo"_a)();
  std::cout << klass::getattr(klass::cls<C>, "foo"_a).self.__name__ << '\n';
  auto c = klass::cls<C>();
  klass::getattr(c, "foo"_a)();
  std::cout << klass::getattr(c, "foo"_a).self.__name__ << '\n';

  klass::getattr(klass::cls<D>, "foo"_a)();
  std::cout << klass::getattr(klass::cls<D>, "foo"_a).self.__name__ << '\n';
  auto d = klass::cls<D>();
  std::cout << py(klass::hasattr(d, "foo"_a)) << '\n';
}
