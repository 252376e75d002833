// a.f = 3 where f is a method: no instance-dict entry can hold it (as with __slots__).
// expect: AttributeError
// expect-gcc: \'A\' object attribute \'f\' is read-only
// expect-clang: klass::error::object_attribute_is_read_only<A, klass::attr<'f'>>
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
  klass::setattr(a, "f"_a, 3);
#else
  klass::setattr(a, "qux"_a, std::string_view("x"));
#endif
}
