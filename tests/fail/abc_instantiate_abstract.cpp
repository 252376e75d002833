// Creating an instance of an ABC with abstract methods left: CPython's object_new
// refuses, naming them sorted by code point.
// expect: TypeError
// expect-gcc: Can\'t instantiate abstract class PluginBase without an implementation for abstract methods \'load\', \'save\'
// expect-clang: klass::error::cant_instantiate_abstract_class<PluginBase, klass::attr<'l', 'o', 'a', 'd'>, klass::attr<'s', 'a', 'v', 'e'>>
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
  klass::cls<PluginBase>();
#else
  klass::cls<Plugin>();
  static_assert(klass::is_abstract<PluginBase>);  // asking is not an error
#endif
}
