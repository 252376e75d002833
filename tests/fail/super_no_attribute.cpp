// super(B, b).f where no class after B in the MRO defines f.
// expect: AttributeError
// expect-python: 'super' object has no attribute 'f'
// expect-clang14: klass::error::super_object_has_no_attribute<klass::attr<'f'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A { static constexpr auto dict = klass::dict("g"_a = [](auto&) { return 1; }); };
struct B { using bases = klass::bases<A>; static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 2; }); };

int main() {
  auto b = klass::cls<B>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  return klass::getattr(klass::super<B>(b), "f"_a)() == 2 ? 0 : 1;  // the refused result called and compared
#else
  klass::getattr(klass::super<B>(b), "f"_a);
#endif
#else
  klass::getattr(klass::super<B>(b), "g"_a);
#endif
}
