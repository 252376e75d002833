// super(B, b).f where no class after B in the MRO defines f.
// expect: AttributeError
// expect-gcc: \'super\' object has no attribute \'f\'
// expect-clang: klass::error::super_object_has_no_attribute<klass::attr<'f'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A { static constexpr auto dict = klass::dict("g"_a = [](auto&) { return 1; }); };
struct B { using bases = klass::bases<A>; static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 2; }); };

int main() {
  auto b = klass::cls<B>();
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(klass::super<B>(b), "f"_a);
#else
  klass::getattr(klass::super<B>(b), "g"_a);
#endif
}
