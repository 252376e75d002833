// A(1) where neither A nor its bases define __init__: object.__init__ takes no arguments.
// expect: TypeError
// expect-python: A() takes no arguments
// expect-clang14: klass::error::takes_no_arguments<A>
#include <string>

#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict(
      "qux"_a = "A",
      "name"_a = klass::field<std::string>,
      "f"_a = [](auto&) { return 1; },
      "p"_a = klass::property([](auto&) { return 1; }),
      "w"_a = klass::property(klass::none, [](auto&, int) {}));
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(klass::cls<A>(1), "qux"_a) << '\n';  // the instance used
#else
  klass::cls<A>(1);
#endif
#else
  klass::cls<A>();
#endif
}
