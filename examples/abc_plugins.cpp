// PyMOTW's abc: a plugin API as an abstract base class, implemented by
// registration and by subclassing; an incomplete implementation; a concrete
// method reached through super(); abstract read-only and read-write properties.
#include <algorithm>
#include <boost/hana/for_each.hpp>
#include <iostream>
#include <iterator>
#include <klass/klass.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace klass::literals;
namespace hana = boost::hana;

// print(...)'s spelling of a bool and of a list of strings.
const char* py(bool value) { return value ? "True" : "False"; }
std::string py(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", '" : "'") + item + "'";
  return out + "]";
}
// [c.__name__ for c in cls.__mro__]
template <class C>
std::vector<std::string> mro_names() {
  std::vector<std::string> names;
  hana::for_each(klass::mro<C>, [&](auto c) { names.emplace_back(klass::name<typename decltype(c)::type>); });
  return names;
}
// sorted(cls.__abstractmethods__)
template <class C>
std::vector<std::string> abstract_names() {
  std::vector<std::string> names;
  hana::for_each(klass::abstract_methods<C>, [&](auto n) { names.emplace_back(decltype(n)::type::name); });
  return names;
}
std::string read(std::istream& input) { return {std::istreambuf_iterator<char>(input), {}}; }

// ---- abc_base.py -------------------------------------------------------------
struct PluginBase {
  using metaclass = klass::abc_meta;  // metaclass=abc.ABCMeta
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
// PluginBase.register(RegisteredImplementation)
template <>
struct klass::abc_register<RegisteredImplementation> : klass::bases<PluginBase> {};

// ---- abc_subclass.py ---------------------------------------------------------
struct SubclassImplementation {
  using bases = klass::bases<PluginBase>;
  static constexpr auto dict = klass::dict(
      "load"_a = [](auto& /*self*/, std::istream& input) { return read(input); },
      "save"_a = [](auto& /*self*/, std::ostream& output, const std::string& data) { output << data; });
};

// ---- abc_incomplete.py -------------------------------------------------------
struct IncompleteImplementation {
  using bases = klass::bases<PluginBase>;
  static constexpr auto dict =
      klass::dict("save"_a = [](auto& /*self*/, std::ostream& output, const std::string& data) { output << data; });
};
template <>
struct klass::abc_register<IncompleteImplementation> : klass::bases<PluginBase> {};

// ---- abc_concrete_method.py --------------------------------------------------
struct ABCWithConcreteImplementation {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("retrieve_values"_a = klass::abstractmethod([](auto&, std::istream& input) {
                                             std::cout << "base class reading data\n";
                                             return read(input);
                                           }));
};
struct ConcreteOverride {
  using bases = klass::bases<ABCWithConcreteImplementation>;
  static constexpr auto dict = klass::dict("retrieve_values"_a = [](auto& self, std::istream& input) {
    std::string base_data = klass::getattr(klass::super<ConcreteOverride>(self), "retrieve_values"_a)(input);
    std::cout << "subclass sorting data\n";
    std::vector<std::string> response;
    std::istringstream lines(base_data);
    for (std::string line; std::getline(lines, line);) response.push_back(line);
    std::sort(response.begin(), response.end());
    return response;
  });
};

// ---- abc_abstractproperty.py -------------------------------------------------
// Each program of the seed names its classes Base and Implementation; here each
// is in its own namespace (klass::name drops namespaces).
namespace abstractproperty {
struct Base {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("value"_a = klass::property(klass::abstractmethod(
                                               [](auto&) { return std::string_view("Should never get here"); })));
};
struct Implementation {
  using bases = klass::bases<Base>;
  static constexpr auto dict =
      klass::dict("value"_a = klass::property([](auto&) { return std::string_view("concrete property"); }));
};
}  // namespace abstractproperty

// ---- abc_abstractproperty_rw.py ----------------------------------------------
namespace abstractproperty_rw {
struct Base {
  using metaclass = klass::abc_meta;
  static constexpr auto value_getter = [](auto&) { return std::string_view("Should never see this"); };
  static constexpr auto value_setter = [](auto&, std::string_view /*newvalue*/) {};
  // abc.abstractproperty(value_getter, value_setter): the property itself is abstract.
  static constexpr auto dict =
      klass::dict("value_getter"_a = value_getter, "value_setter"_a = value_setter,
                  "value"_a = klass::abstractmethod(klass::property(value_getter, value_setter)));
};
struct PartialImplementation {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "value"_a = klass::property(klass::abstractmethod([](auto&) { return std::string_view("Read-only"); })));
};
struct Implementation {
  using bases = klass::bases<Base>;
  static constexpr auto value_getter = [](auto& self) { return klass::getattr(self, "_value"_a); };
  static constexpr auto value_setter = [](auto& self, std::string_view newvalue) {
    klass::setattr(self, "_value"_a, newvalue);
  };
  static constexpr auto dict =
      klass::dict("_value"_a = "Default value", "value_getter"_a = value_getter, "value_setter"_a = value_setter,
                  "value"_a = klass::property(value_getter, value_setter));
};
}  // namespace abstractproperty_rw

// ---- abc_abstractproperty_rw_deco.py -----------------------------------------
namespace abstractproperty_rw_deco {
struct Base {
  using metaclass = klass::abc_meta;
  // @property @abc.abstractmethod def value(self), then @value.setter def value(self, newvalue)
  static constexpr auto value_property =
      klass::property(klass::abstractmethod([](auto&) { return std::string_view("Should never see this"); }));
  static constexpr auto dict =
      klass::dict("value"_a = value_property.setter([](auto&, std::string_view /*newvalue*/) {}));
};
struct Implementation {
  using bases = klass::bases<Base>;
  static constexpr auto value_property = klass::property([](auto& self) { return klass::getattr(self, "_value"_a); });
  static constexpr auto dict = klass::dict("_value"_a = "Default value",
                                           "value"_a = value_property.setter([](auto& self, std::string_view newvalue) {
                                             klass::setattr(self, "_value"_a, newvalue);
                                           }));
};
}  // namespace abstractproperty_rw_deco

int main() {
  std::cout << "Subclass: " << py(klass::issubclass<RegisteredImplementation, PluginBase>) << '\n';
  std::cout << "Instance: " << py(klass::isinstance(klass::cls<RegisteredImplementation>(), klass::cls<PluginBase>))
            << '\n';
  std::cout << "MRO: " << py(mro_names<RegisteredImplementation>()) << '\n';  // registered, not derived

  std::cout << "Subclass: " << py(klass::issubclass<SubclassImplementation, PluginBase>) << '\n';
  std::cout << "Instance: " << py(klass::isinstance(klass::cls<SubclassImplementation>(), klass::cls<PluginBase>))
            << '\n';
  std::cout << "MRO: " << py(mro_names<SubclassImplementation>()) << '\n';
  // abc_find_subclasses.py (PluginBase.__subclasses__()) is a limitation: a C++
  // program cannot enumerate the classes deriving from a type (docs/seeds.md).

  std::cout << "Subclass: " << py(klass::issubclass<IncompleteImplementation, PluginBase>) << '\n';
  std::cout << "Abstract: " << py(abstract_names<IncompleteImplementation>()) << '\n';
  // klass::cls<IncompleteImplementation>() is a compile error: "Can't instantiate
  // abstract class IncompleteImplementation without an implementation for abstract
  // method 'load'" (tests/fail/abc_instantiate_incomplete.cpp).

  std::istringstream input("line one\nline two\nline three\n");
  auto reader = klass::cls<ConcreteOverride>();
  std::cout << py(klass::getattr(reader, "retrieve_values"_a)(input)) << '\n';
  std::cout << '\n';

  {
    using namespace abstractproperty;
    // klass::cls<Base>() is a compile error (tests/fail/abc_instantiate_abstract.cpp).
    std::cout << "Base abstract: " << py(abstract_names<Base>()) << '\n';
    auto i = klass::cls<Implementation>();
    std::cout << "Implementation.value: " << klass::getattr(i, "value"_a) << '\n';
  }
  {
    using namespace abstractproperty_rw;
    // klass::cls<Base>() and klass::cls<PartialImplementation>() are refused as above.
    std::cout << "Base abstract: " << py(abstract_names<Base>()) << '\n';
    std::cout << "PartialImplementation abstract: " << py(abstract_names<PartialImplementation>()) << '\n';
    auto i = klass::cls<Implementation>();
    std::cout << "Implementation.value: " << klass::getattr(i, "value"_a) << '\n';
    klass::setattr(i, "value"_a, "New value");
    std::cout << "Changed value: " << klass::getattr(i, "value"_a) << '\n';
  }
  {
    using namespace abstractproperty_rw_deco;
    auto i = klass::cls<Implementation>();
    std::cout << "Implementation.value: " << klass::getattr(i, "value"_a) << '\n';
    klass::setattr(i, "value"_a, "New value");
    std::cout << "Changed value: " << klass::getattr(i, "value"_a) << '\n';
  }
}
