// a.p = 3 where p = property(fget) only.
// expect: AttributeError
// expect-python: property 'p' of 'A' object has no setter
// expect-clang14: klass::error::property_has_no_setter<A, klass::attr<'p'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict(
      "qux"_a = "A",
      "name"_a = klass::field<std::string>,
      "f"_a = [](auto&) { return 1; },
      "p"_a = klass::property([](auto&) { return 1; }),
      "w"_a = klass::property(klass::none, [](auto&, int) {}),
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
      "g"_a = [](auto& self) { klass::setattr(self, "p"_a, 3); return 2; });  // the misuse inside a method
#else
      "g"_a = [](auto&) { return 2; });
#endif
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(a, "p"_a, 3);
#endif
#else
  klass::getattr(a, "p"_a);
#endif
}
