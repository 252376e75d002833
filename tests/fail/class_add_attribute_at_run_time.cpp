// A.zz = 1: Python adds a name to the class; a klass class's names are fixed when it is compiled
// (docs/limitations.md).
// expect: AttributeError
// expect-gcc: klass cannot add \'zz\' to class \'A\' at run time; declare it in its dict
// expect-clang: klass::error::cannot_add_class_attribute_at_run_time<A, klass::attr<'z', 'z'>>
#include <string>

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
  klass::setattr(klass::cls<A>, "zz"_a, 1);
#else
  klass::setattr(klass::cls<A>, "qux"_a, std::string_view("B"));
#endif
}
