// class R: def __init__(self): return 1
// expect: TypeError
// expect-python: __init__() should return None, not 'int'
// expect-clang14: klass::error::init_should_return_none<R, int>
#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct R { static constexpr auto dict = klass::dict("__init__"_a = [](auto&) { return 1; }); };
#else
struct R { static constexpr auto dict = klass::dict("__init__"_a = [](auto&) {}); };
#endif

int main() {
#ifdef KLASS_RESULT_USED
  auto r = klass::cls<R>();  // the instance used
  return klass::isinstance(r, klass::cls<R>) ? 0 : 1;
#else
  klass::cls<R>();
#endif
}
