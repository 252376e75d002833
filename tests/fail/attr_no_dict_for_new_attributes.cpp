// a.zz = 3: klass instances hold the names their classes declare, like a __slots__ class.
// expect: AttributeError
// expect-gcc: \'A\' object has no attribute \'zz\' and no __dict__ for setting new attributes
// expect-clang: klass::error::no_dict_for_setting_new_attributes<A, klass::attr<'z', 'z'>>
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
  klass::setattr(a, "zz"_a, 3);
#else
  klass::setattr(a, "name"_a, std::string("x"));
#endif
}
