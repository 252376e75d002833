// p.greet("Bob", 1) where greet takes (self, other): CPython's TypeError counts self
// among the positional arguments, and names the function by its __qualname__.
// expect: TypeError
// expect-python: Person.greet() takes 2 positional arguments but 3 were given
// expect-clang14: klass::error::takes_positional_arguments_but_were_given<Person, klass::attr<'g', 'r', 'e', 'e', 't'>, 2, 3>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
  static constexpr auto dict = klass::dict("greet"_a = [](auto&, const std::string& other) { return "hi " + other; });
};

int main() {
  auto p = klass::cls<Person>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::string said = klass::getattr(p, "greet"_a)("Bob", 1);  // the refused result used
  std::cout << said.size() << '\n';
#else
  klass::getattr(p, "greet"_a)("Bob", 1);
#endif
#else
  klass::getattr(p, "greet"_a)("Bob");
#endif
}
