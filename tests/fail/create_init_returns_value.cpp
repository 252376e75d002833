// class R: def __init__(self): return 1
// expect: TypeError
// expect-gcc: __init__() should return None, not \'int\'
// expect-clang: klass::error::init_should_return_none<R, int>
#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct R { static constexpr auto dict = klass::dict("__init__"_a = [](auto&) { return 1; }); };
#else
struct R { static constexpr auto dict = klass::dict("__init__"_a = [](auto&) {}); };
#endif

int main() {
  klass::cls<R>();
}
