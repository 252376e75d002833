// A C++23 program using klass through pkg-config: klass.pc must not force an
// older standard (a -std=c++20 in its Cflags would come after the project's own).
#include <iostream>
#include <klass/klass.hpp>

static_assert(__cplusplus > 202002L, "compiled as C++20 or older: klass.pc's Cflags chose the standard");

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
