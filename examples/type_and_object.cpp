// The habr notes (part 2), "type and object": object is the root of every class,
// type is the class of classes and a subclass of object; a metaclass derives from
// type; an ordinary instance is an instance of its class and of object, not of type.
#include <boost/hana/for_each.hpp>
#include <iostream>
#include <klass/klass.hpp>
#include <string>

const char* py(bool value) { return value ? "True" : "False"; }
// [c.__name__ for c in classes], for a Hana tuple of classes.
std::string names(auto classes) {
  std::string out = "[";
  boost::hana::for_each(classes, [&](auto c) {
    out += out.size() > 1 ? ", '" : "'";
    out += klass::name<typename decltype(c)::type>;
    out += '\'';
  });
  return out + "]";
}

struct A {};

struct Meta {
  using bases = klass::bases<klass::type>;
};

int main() {
  using klass::object;
  using klass::type;
  std::cout << klass::name<object> << ' ' << klass::name<type> << '\n';
  std::cout << names(klass::bases_of<object>) << ' ' << names(klass::bases_of<type>) << ' ' << names(klass::mro<type>)
            << '\n';
  std::cout << py(klass::issubclass<type, object>) << ' ' << py(klass::issubclass<object, type>) << '\n';

  std::cout << names(klass::bases_of<A>) << ' ' << names(klass::mro<Meta>) << '\n';
  std::cout << py(klass::issubclass<Meta, type>) << ' ' << py(klass::issubclass<A, type>) << '\n';
  auto a = klass::cls<A>();
  std::cout << py(klass::isinstance(a, klass::cls<A>)) << ' ' << py(klass::isinstance(a, klass::cls<object>)) << ' '
            << py(klass::isinstance(a, klass::cls<type>)) << '\n';
  std::cout << py(klass::type_of(a) == klass::cls<A>) << ' ' << klass::type_of(a).__name__ << '\n';
}
