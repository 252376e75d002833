// The habr notes (part 3): any callable can be a metaclass; this one adds foo = 'bar'
// to the namespace before type() creates the class. (The seed's Python 2
// `__metaclass__ = mymeta` is an ordinary attribute in Python 3.13; `metaclass=`
// is how Python 3 says it.) In klass the function runs at compile time: every
// lookup sees the namespace it returns.
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct mymeta {
  constexpr auto operator()(auto /*cls*/, const auto& attrs) const { return attrs.with("foo"_a = "bar"); }
};

struct D {
  using metaclass = klass::function_metaclass<mymeta>;
};

int main() {
  auto d = klass::cls<D>();
  std::cout << klass::getattr(d, "foo"_a) << '\n';
  std::cout << klass::getattr(klass::cls<D>, "foo"_a) << '\n';
  const bool in_namespace = klass::getattr(klass::cls<D>, "__dict__"_a).contains("foo"_a);  // 'foo' in D.__dict__
  std::cout << (in_namespace ? "True" : "False") << ' ' << (klass::hasattr(d, "foo"_a) ? "True" : "False") << '\n';
  // Python's type(D) is type (mymeta returned a plain class); klass's is
  // function_metaclass<mymeta>, a class deriving from type (docs/limitations.md).
}
