// super(B, b).x = 1: a super object holds nothing.
// expect: AttributeError
// expect-gcc: \'super\' object has no attribute \'x\' and no __dict__ for setting new attributes
// expect-clang: klass::error::super_object_has_no_attribute_for_setting<klass::attr<'x'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct A { static constexpr auto dict = klass::dict("x"_a = klass::field<int>); };
struct B { using bases = klass::bases<A>; };

int main() {
  auto b = klass::cls<B>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(klass::super<B>(b), "x"_a, 1);
#else
  klass::setattr(b, "x"_a, 1);
#endif
}
