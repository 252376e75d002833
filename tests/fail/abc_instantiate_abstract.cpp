// Creating an instance of an ABC with abstract methods left: CPython's object_new
// refuses, naming them sorted by code point.
// expect: TypeError
// expect-python: Can't instantiate abstract class PluginBase without an implementation for abstract methods 'load', 'save'
// expect-clang14: klass::error::cant_instantiate_abstract_class<PluginBase, klass::attr<'l', 'o', 'a', 'd'>, klass::attr<'s', 'a', 'v', 'e'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct PluginBase {
  using bases = klass::bases<klass::abc>;
  static constexpr auto dict = klass::dict("save"_a = klass::abstractmethod([](auto&) {}),
                                           "load"_a = klass::abstractmethod([](auto&) {}));
};
struct Plugin {
  using bases = klass::bases<PluginBase>;
  static constexpr auto dict = klass::dict("save"_a = [](auto&) {}, "load"_a = [](auto&) {});
};

int main() {
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  auto plugin = klass::cls<PluginBase>();  // the instance used
  klass::getattr(plugin, "load"_a)();
#else
  klass::cls<PluginBase>();
#endif
#else
  klass::cls<Plugin>();
  static_assert(klass::is_abstract<PluginBase>);  // asking is not an error
#endif
}
