// A.zz = 1: Python adds a name to the class; a klass class's names are fixed when it is compiled
// (docs/limitations.md).
// expect: AttributeError
// expect-python: klass cannot add 'zz' to class 'A' at run time; declare it in its dict
// expect-clang14: klass::error::cannot_add_class_attribute_at_run_time<A, klass::attr<'z', 'z'>>
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
      "w"_a = klass::property(klass::none, [](auto&, int) {}),
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
      "g"_a = [](auto& self) { klass::setattr(klass::type_of(self), "zz"_a, 1); return 2; });  // the misuse inside a method
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
  klass::setattr(klass::cls<A>, "zz"_a, 1);
#endif
#else
  klass::setattr(klass::cls<A>, "qux"_a, std::string_view("B"));
#endif
}
