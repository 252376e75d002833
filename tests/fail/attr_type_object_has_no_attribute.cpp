// A.name where name is only an instance-dict entry (a field): the class does not see it.
// expect: AttributeError
// expect-gcc: type object \'A\' has no attribute \'name\'
// expect-clang: klass::error::type_object_has_no_attribute<A, klass::attr<'n', 'a', 'm', 'e'>>
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
  klass::getattr(klass::cls<A>, "name"_a);
#else
  klass::getattr(klass::cls<A>, "qux"_a);
#endif
}
