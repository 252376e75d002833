// The habr notes (part 1): the instance dict shadows class variables; del shows them again;
// reassigning a class variable is seen by every instance that does not shadow it.
#include <iostream>
#include <string>
#include <string_view>

#include <boost/hana/front.hpp>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict(
      "qux"_a = "A",
      "name"_a = klass::field<std::string_view>,
      "__init__"_a = [](auto& self, std::string_view name) { klass::setattr(self, "name"_a, name); },
      "foo"_a = [](auto&) { std::cout << "foo\n"; });
};

struct B {
  static constexpr auto dict = klass::dict(
      "qux"_a = "B",
      "name"_a = klass::field<std::string_view>,
      "__init__"_a = [](auto& self) { klass::setattr(self, "name"_a, std::string_view("B object")); },
      "bar"_a = [](auto&) { std::cout << "bar\n"; });
};

int main() {
  auto a = klass::cls<A>("a");
  std::cout << klass::getattr(a, "name"_a) << '\n';
  klass::getattr(a, "foo"_a)();
  std::cout << klass::type_of(a).__name__ << ' ' << (klass::type_of(a) == klass::cls<A> ? "True" : "False") << '\n';

  auto b = klass::cls<B>();
  klass::getattr(b, "bar"_a)();
  std::cout << klass::getattr(b, "qux"_a) << '\n';
  try {
    klass::delattr(b, "qux"_a);  // nothing in b's instance dict; del never reaches the class
  } catch (const klass::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  klass::setattr(b, "qux"_a, std::string_view("myB"));
  std::cout << klass::getattr(b, "qux"_a) << ' ' << klass::getattr(klass::cls<B>(), "qux"_a) << '\n';
  klass::delattr(b, "qux"_a);
  std::cout << klass::getattr(b, "qux"_a) << '\n';

  constexpr auto base = boost::hana::front(klass::bases_of<A>);
  std::cout << klass::name<typename decltype(base)::type> << ' ' << klass::cls<A>.__name__ << ' '
            << klass::getattr(klass::cls<A>, "qux"_a) << '\n';
  auto a2 = klass::cls<A>("a2");
  klass::setattr(klass::cls<A>, "qux"_a, std::string_view("B"));
  std::cout << klass::getattr(a, "qux"_a) << ' ' << klass::getattr(a2, "qux"_a) << '\n';
}
