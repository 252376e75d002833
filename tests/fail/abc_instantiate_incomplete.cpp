// One abstract method left: CPython's singular wording.
// expect: TypeError
// expect-python: Can't instantiate abstract class IncompleteImplementation without an implementation for abstract method 'load'
// expect-clang14: klass::error::cant_instantiate_abstract_class<IncompleteImplementation, klass::attr<'l', 'o', 'a', 'd'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct PluginBase {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("load"_a = klass::abstractmethod([](auto&) {}),
                                           "save"_a = klass::abstractmethod([](auto&) {}));
};
struct IncompleteImplementation {
  using bases = klass::bases<PluginBase>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("save"_a = [](auto&) {});
#else
  static constexpr auto dict = klass::dict("save"_a = [](auto&) {}, "load"_a = [](auto&) {});
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<IncompleteImplementation>(), klass::cls<PluginBase>) ? 0 : 1;  // the instance used
#else
  klass::cls<IncompleteImplementation>();
#endif
}
