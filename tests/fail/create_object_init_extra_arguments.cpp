// class I: __init__ passes its argument on to object.__init__.
// expect: TypeError
// expect-python: object.__init__() takes exactly one argument (the instance to initialize)
// expect-clang14: klass::error::object_init_takes_exactly_one_argument<I>
#include <klass/klass.hpp>

using namespace klass::literals;

struct I { static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int x) {
#ifdef KLASS_EXPECT_FAIL
  klass::getattr(klass::super<I>(self), "__init__"_a)(x);
#else
  static_cast<void>(x);
  klass::getattr(klass::super<I>(self), "__init__"_a)();
#endif
}); };

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<I>(1), klass::cls<I>) ? 0 : 1;  // the instance used
#else
  klass::cls<I>(1);
#endif
}
