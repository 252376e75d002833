// A method written without its `self` parameter: a.greet() passes the instance
// first, which the function does not take (Python's "def greet(): ...").
// expect: TypeError
// expect-python: Person.greet() takes 0 positional arguments but 1 was given
// expect-clang14: klass::error::takes_positional_arguments_but_were_given<Person, klass::attr<'g', 'r', 'e', 'e', 't'>, 0, 1>
#include <iostream>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("greet"_a = [] { return std::string_view("hi"); });
#else
  static constexpr auto dict = klass::dict("greet"_a = [](auto&) { return std::string_view("hi"); });
#endif
};

int main() {
  auto p = klass::cls<Person>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(p, "greet"_a)().size() << '\n';  // the refused result used
#else
  klass::getattr(p, "greet"_a)();
#endif
}
