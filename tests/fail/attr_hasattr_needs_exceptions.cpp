// hasattr(p, 'name') where name is an instance-dict entry: only the run time
// knows whether it is set, and Python's hasattr answers by catching the
// AttributeError getattr raises. With exceptions off (here KLASS_EXCEPTIONS 0, as
// -fno-exceptions makes it) klass cannot catch, so it refuses the lookup rather
// than answer differently (docs/build_modes.md).
// expect: needs C++ exceptions
// expect-clang: klass::error::needs_exceptions<Person, klass::attr<'n', 'a', 'm', 'e'>>
#define KLASS_EXCEPTIONS 0
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
  static constexpr auto dict = klass::dict("name"_a = klass::field<std::string>, "greet"_a = [](auto&) { return 1; });
};

int main() {
  auto p = klass::cls<Person>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  return klass::hasattr(p, "name"_a) ? 2 : 3;  // the answer used
#else
  return klass::hasattr(p, "name"_a);
#endif
#else
  return klass::hasattr(p, "greet"_a);  // a method: decided at compile time, nothing to catch
#endif
}
