// A program outside klass that uses it: prints the MRO of a diamond.
#include <iostream>
#include <klass/klass.hpp>

struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };

int main() {
  boost::hana::for_each(klass::mro<D>, [](auto t) {
    std::cout << klass::name<typename decltype(t)::type> << ' ';
  });
  std::cout << '\n';
}
