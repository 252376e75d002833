// __init__ written without its `self` parameter: creating an instance calls it
// with the instance first (type.__call__), which it does not take.
// expect: TypeError
// expect-python: Person.__init__() takes 0 positional arguments but 1 was given
// expect-clang14: klass::error::takes_positional_arguments_but_were_given<Person, klass::attr<'_', '_', 'i', 'n', 'i', 't', '_', '_'>, 0, 1>
#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("__init__"_a = [] {}, "age"_a = 30);
#else
  static constexpr auto dict = klass::dict("__init__"_a = [](auto&) {}, "age"_a = 30);
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  return klass::getattr(klass::cls<Person>(), "age"_a) == 30 ? 0 : 1;  // the instance used
#else
  klass::cls<Person>();
#endif
}
