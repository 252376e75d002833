// del a.p where p = property(fget) only.
// expect: AttributeError
// expect-gcc: property \'p\' of \'A\' object has no deleter
// expect-clang: klass::error::property_has_no_deleter<A, klass::attr<'p'>>
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
  klass::delattr(a, "p"_a);
#else
  klass::getattr(a, "p"_a);
#endif
}
