// class N: __new__ passes its argument on to object.__new__ (N overrides __new__).
// expect: TypeError
// expect-python: object.__new__() takes exactly one argument (the type to instantiate)
// expect-clang14: klass::error::object_new_takes_exactly_one_argument<N>
#include <klass/klass.hpp>

using namespace klass::literals;

struct N { static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, int x) {
#ifdef KLASS_EXPECT_FAIL
  return klass::getattr(klass::super<N>(cls), "__new__"_a)(cls, x);
#else
  static_cast<void>(x);
  return klass::getattr(klass::super<N>(cls), "__new__"_a)(cls);
#endif
}); };

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<N>(1), klass::cls<N>) ? 0 : 1;  // the instance used
#else
  klass::cls<N>(1);
#endif
}
