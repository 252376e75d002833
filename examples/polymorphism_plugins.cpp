// PyMOTW's abc plugins used through PluginBase: a program that knows only the
// plugin API keeps every plugin in one list and calls load and save on each,
// whatever its class — a registered implementation (a virtual subclass: its
// MRO does not contain PluginBase, it provides every name PluginBase declares)
// and a subclass. The same classes as examples/abc_plugins.cpp.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

const char* py(bool value) { return value ? "True" : "False"; }
std::string read(std::istream& input) { return {std::istreambuf_iterator<char>(input), {}}; }

// ---- abc_base.py -------------------------------------------------------------
struct PluginBase {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      // Retrieve data from the input source and return an object.
      "load"_a = klass::abstractmethod([](auto& /*self*/, std::istream& /*input*/) { return std::string(); }),
      // Save the data object to the output.
      "save"_a = klass::abstractmethod([](auto& /*self*/, std::ostream& /*output*/, const std::string& /*data*/) {}));
};

// ---- abc_register.py ---------------------------------------------------------
struct RegisteredImplementation {
  static constexpr auto dict = klass::dict(
      "load"_a = [](auto& /*self*/, std::istream& input) { return read(input); },
      "save"_a = [](auto& /*self*/, std::ostream& output, const std::string& data) { output << data; });
};
template <>
struct klass::abc_register<RegisteredImplementation> : klass::bases<PluginBase> {};

// ---- abc_subclass.py ---------------------------------------------------------
struct SubclassImplementation {
  using bases = klass::bases<PluginBase>;
  static constexpr auto dict = klass::dict(
      "load"_a = [](auto& /*self*/, std::istream& input) { return read(input); },
      "save"_a = [](auto& /*self*/, std::ostream& output, const std::string& data) { output << data; });
};

// A plugin that upper-cases what it saves: it extends SubclassImplementation's
// save through super().
struct ShoutingImplementation {
  using bases = klass::bases<SubclassImplementation>;
  static constexpr auto dict = klass::dict("save"_a = [](auto& self, std::ostream& output, const std::string& data) {
    std::string loud = data;
    for (char& c : loud) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    klass::getattr(klass::super<ShoutingImplementation>(self), "save"_a)(output, loud);
  });
};

// The program: it knows PluginBase only.
void copy_through(const klass::handle<PluginBase>& plugin, const std::string& text) {
  std::istringstream input(text);
  const std::string data = klass::getattr(plugin, "load"_a)(input);
  klass::getattr(plugin, "save"_a)(std::cout, data + "\n");
}

int main() {
  std::vector<klass::handle<PluginBase>> plugins{klass::cls<RegisteredImplementation>(),
                                                 klass::cls<SubclassImplementation>(),
                                                 klass::cls<ShoutingImplementation>()};
  for (const auto& plugin : plugins) {
    const auto type = klass::type_of(plugin);
    std::cout << type.__name__ << ": isinstance " << py(klass::isinstance(plugin, klass::cls<PluginBase>))
              << ", PluginBase in __mro__ "
              << py(std::find(type.mro_names().begin(), type.mro_names().end(), std::string_view("PluginBase")) != type.mro_names().end())
              << '\n';
    copy_through(plugin, "data for " + std::string(type.__name__));
  }
  // Only a subclass reaches PluginBase's methods through super(): a
  // registered class has no PluginBase in its MRO.
  for (const auto& plugin : plugins)
    if (auto subclass = klass::cast<SubclassImplementation>(plugin))
      std::cout << klass::type_of(*subclass).__name__ << " is a SubclassImplementation\n";
}
