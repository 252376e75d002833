// super(B, b).x = 1: a super object holds nothing.
// expect: AttributeError
// expect-python: 'super' object has no attribute 'x' and no __dict__ for setting new attributes
// expect-clang14: klass::error::super_object_has_no_attribute_for_setting<klass::attr<'x'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A { static constexpr auto dict = klass::dict("x"_a = klass::field<int>); };
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("g"_a = [](auto& self) {
    klass::setattr(klass::super<B>(self), "x"_a, 1);  // the misuse inside a method
    return 2;
  });
};
#else
struct B { using bases = klass::bases<A>; };
#endif

int main() {
  auto b = klass::cls<B>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(klass::super<B>(b), "x"_a, 1);
#endif
#else
  klass::setattr(b, "x"_a, 1);
#endif
}
