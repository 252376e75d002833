// The method resolution order of a diamond, as Python's `D.__mro__` gives it.
#include <iostream>
#include <klass/klass.hpp>

struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };

static_assert(klass::issubclass<D, A>);

int main() {
  std::cout << "D.__mro__ =";
  boost::hana::for_each(klass::mro<D>, [](auto cls) {
    std::cout << ' ' << klass::name<typename decltype(cls)::type>;
  });
  std::cout << '\n';
}
