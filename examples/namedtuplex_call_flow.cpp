// The NamedTupleXABC call flow (single inheritance): the metaclass creates and
// initializes each class when its class statement runs; instances are created by
// __new__ along the MRO, then initialized by __init__ along it.
//
// The seed writes `__metaclass__ = NamedTupleXABCMeta` (Python 2). In Python 3.13
// that line is an ordinary class attribute and no metaclass runs; `metaclass=` is
// how Python 3 says what the seed means, and what this example does. In klass a
// class statement runs at klass::define<C>() — here where Python's would.
#include <iostream>
#include <string>
#include <string_view>

#include <boost/hana/for_each.hpp>
#include <klass/klass.hpp>

using namespace klass::literals;

std::string show_class(auto cls) { return "<class '__main__." + std::string(cls.__name__) + "'>"; }
std::string show_class_args(std::string_view name, auto bases) {
  std::string out = "('" + std::string(name) + "', (";
  const char* separator = "";
  boost::hana::for_each(bases, [&](auto base) {
    out += separator + std::string(klass::name<typename decltype(base)::type>);
    separator = ", ";
  });
  return out + "))";
}
std::string show_instance(auto& self) { return "<__main__." + std::string(klass::type_of(self).__name__) + " object>"; }

struct NamedTupleXABCMeta {
  using bases = klass::bases<klass::abc_meta>;
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto cls, std::string_view name, auto bases, const auto& ns) {
        std::cout << "NamedTupleXABCMeta  :new    :" << show_class(cls) << "  " << show_class_args(name, bases) << "  {}\n";
        return klass::getattr(klass::super<NamedTupleXABCMeta>(cls), "__new__"_a)(cls, name, bases, ns);
      },
      "__init__"_a = [](auto& self, std::string_view name, auto bases, const auto& ns) {
        std::cout << "NamedTupleXABCMeta  :init   :" << show_class(self) << "  " << show_class_args(name, bases) << "  {}\n";
        return klass::getattr(klass::super<NamedTupleXABCMeta>(self), "__init__"_a)(name, bases, ns);
      });
};

struct NamedTupleXABC {
  using metaclass = NamedTupleXABCMeta;
  static constexpr auto dict = klass::dict(
      "__new__"_a = [](auto cls) {
        std::cout << "NamedTupleXABC      :new    :" << show_class(cls) << "  ()  {}\n";
        return klass::getattr(klass::super<NamedTupleXABC>(cls), "__new__"_a)(cls);
      },
      "__init__"_a = [](auto& self) {
        std::cout << "NamedTupleXABC      :init   :" << show_instance(self) << "  ()  {}\n";
        return klass::getattr(klass::super<NamedTupleXABC>(self), "__init__"_a)();
      });
};

struct AppTupleClass {
  using bases = klass::bases<NamedTupleXABC>;
  static constexpr auto dict = klass::dict(
      "_fields"_a = "a",
      "__new__"_a = [](auto cls) {
        std::cout << "AppTupleClass       :new    :" << show_class(cls) << "  ()  {}\n";
        return klass::getattr(klass::super<AppTupleClass>(cls), "__new__"_a)(cls);
      },
      "__init__"_a = [](auto& self) {
        std::cout << "AppTupleClass       :init   :" << show_instance(self) << "  ()  {}\n";
        return klass::getattr(klass::super<AppTupleClass>(self), "__init__"_a)();
      });
};

int main() {
  std::cout << "0------------------------------\n\n";
  klass::define<NamedTupleXABC>();  // class NamedTupleXABC(metaclass=NamedTupleXABCMeta): ...
  klass::define<AppTupleClass>();   // class AppTupleClass(NamedTupleXABC): ...
  std::cout << "\n1------------------------------\n\n";
  auto a = klass::cls<AppTupleClass>();
  std::cout << "\nOK\n";
}
