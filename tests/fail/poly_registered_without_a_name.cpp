// PyMOTW's abc_incomplete: a class registered with PluginBase that lacks load.
// isinstance says True (registration), and Python fails only when load is
// called; a handle of PluginBase cannot hold it: load has no C++ type there.
// The twin implements load.
// expect: AttributeError
// expect-python: a handle of 'PluginBase' cannot hold a 'Incomplete' object: 'Incomplete' object has no attribute 'load'
// expect-clang14: klass::error::object_has_no_attribute_a_handle_of_the_base_reaches<Incomplete, PluginBase, klass::attr<'l', 'o', 'a', 'd'>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct PluginBase {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      "load"_a = klass::abstractmethod(klass::signature<std::string(int)>()),
      "save"_a = klass::abstractmethod(klass::signature<void(std::string)>()));
};
struct Incomplete {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("save"_a = [](auto&, std::string) {});
#else
  static constexpr auto dict = klass::dict("save"_a = [](auto&, std::string) {},
                                           "load"_a = [](auto&, int) { return std::string("data"); });
#endif
};
template <>
struct klass::abc_register<Incomplete> : klass::bases<PluginBase> {};

int main() {
  klass::handle<PluginBase> plugin = klass::cls<Incomplete>();
  klass::getattr(plugin, "save"_a)("data");
#ifdef KLASS_RESULT_USED
  klass::handle<PluginBase> copy = plugin;  // the handle used
  std::cout << klass::repr(copy) << klass::is(copy, plugin) << '\n';
#endif
}
