// "Tracking instances and __new__" (seed 000): __new__ numbers each instance and
// tracks it; the instance_name property gives Base0, Base1, ...; __init__ merges
// the class's defaults with the call's keywords, registers the instance by name
// in Component_Resolve and gives it memory_size bytes of mmap-backed memory;
// send_to writes a message into another instance's memory and read_messages
// reads its own.
//
// The seed's Base is klass::runtime::Base (<klass/runtime/base.hpp>), a klass
// class: a klass __new__, a property, a class-level `defaults`, klass methods.
// Component_Resolve and Component_Memory are the engine's default_registry().
// One session: the numbers go on from one step to the next. Every line below
// is computed; examples/python/tracking_instances.py is the same in Python 3.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <klass/runtime.hpp>

using namespace klass::literals;
namespace rt = klass::runtime;
using rt::Base;

// print()'s spelling of Python values.
std::string py(bool value) { return value ? "True" : "False"; }
std::string py(std::uint64_t value) { return std::to_string(value); }
std::string py(std::string_view text) {  // repr(str)
  const bool double_quotes = text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos;
  const char quote = double_quotes ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : text) {
    if (c == '\\' || c == quote) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + quote;
}
template <class T>
std::string py(const std::vector<T>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i != items.size(); ++i) out += (i ? ", " : "") + py(items[i]);
  return out + "]";
}
template <class... Entries>
std::string py(const rt::options_t<Entries...>& options) {  // a dict
  std::string out = "{";
  options.for_each([&](auto name, const auto& value) {
    out += (out.size() > 1 ? ", " : "") + py(std::string_view(name)) + ": " + py(std::uint64_t{value});
  });
  return out + "}";
}

// sorted(Component_Resolve)
std::vector<std::string> registered_names() {
  auto names = rt::default_registry().names();
  std::sort(names.begin(), names.end());
  return names;
}

// Subclasses: Derived reads Base.instance_count until it has counted an
// instance of its own, then counts alone; Counted declares its own
// instance_count (Python's `instance_count = 0`) and starts from 0.
struct Derived {
  using bases = klass::bases<Base>;
};
struct Counted {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};

int main() {
  // >>> b = base.Base()
  auto b = klass::cls<Base>();
  std::cout << "b.instance_number: " << py(klass::getattr(b, "instance_number"_a)) << '\n';
  std::cout << "Base.instance_tracker[0] is b: "
            << py(klass::is(klass::getattr(klass::cls<Base>, "instance_tracker"_a)[0], b)) << '\n';
  std::cout << "b.instance_name: " << py(klass::getattr(b, "instance_name"_a)) << '\n';

  // Options: the class's defaults, updated by the call's keywords.
  std::cout << "Base.defaults: " << py(klass::getattr(klass::cls<Base>, "defaults"_a)) << '\n';
  std::cout << "b.memory_size: " << klass::getattr(b, "memory_size"_a)
            << " b.network_packet_size: " << klass::getattr(b, "network_packet_size"_a) << '\n';
  std::cout << "len(Component_Memory['Base0']): " << rt::default_registry().find("Base0")->memory_size() << '\n';
  auto big = klass::cls<Base>("memory_size"_a = 65536);
  const std::string big_name = klass::getattr(big, "instance_name"_a);
  std::cout << big_name << " memory_size: " << klass::getattr(big, "memory_size"_a)
            << " network_packet_size: " << klass::getattr(big, "network_packet_size"_a)
            << " memory: " << rt::default_registry().find(big_name)->memory_size() << '\n';

  // >>> base.Base() # instantiate but did not assign the result to a variable
  klass::cls<Base>();
  auto found = rt::resolve<Base>("Base2");  // Component_Resolve["Base2"]
  std::cout << "Component_Resolve['Base2'] is a " << klass::type_of(found).__name__ << " numbered "
            << klass::getattr(found, "instance_number"_a) << " named " << py(klass::getattr(found, "instance_name"_a))
            << '\n';
  std::cout << "Base.instance_tracker[2] is Component_Resolve['Base2']: "
            << py(klass::is(klass::getattr(klass::cls<Base>, "instance_tracker"_a)[2], found)) << '\n';
  std::cout << "Base.instance_count: " << klass::getattr(klass::cls<Base>, "instance_count"_a) << '\n';
  std::cout << "sorted(Component_Resolve): " << py(registered_names()) << '\n';

  // The messages: c sends to Base0, b reads them.
  std::vector<std::string> b_data;  // the seed's b.data: a klass instance holds only declared names
  auto c = klass::cls<Base>();
  const std::string c_data = "this is a test message!";
  klass::getattr(c, "send_to"_a)("Base0", c_data);
  for (auto& message : klass::getattr(b, "read_messages"_a)()) b_data.push_back(message);
  std::cout << "b.data: " << py(b_data) << '\n';
  std::cout << "b.read_messages() again: " << py(klass::getattr(b, "read_messages"_a)()) << '\n';
  const std::string c_name = klass::getattr(c, "instance_name"_a);
  klass::getattr(c, "send_to"_a)(c_name, "to myself");
  klass::getattr(c, "send_to"_a)(c_name, "twice");
  std::cout << c_name << " reads: " << py(klass::getattr(c, "read_messages"_a)()) << '\n';

  // Subclasses.
  auto d = klass::cls<Derived>();
  std::cout << "Derived(): " << klass::getattr(d, "instance_name"_a) << '\n';
  std::cout << "Base(): " << klass::getattr(klass::cls<Base>(), "instance_name"_a) << '\n';
  std::cout << "Derived(): " << klass::getattr(klass::cls<Derived>(), "instance_name"_a) << '\n';
  const std::string counted_first = klass::getattr(klass::cls<Counted>(), "instance_name"_a);
  std::cout << "Counted(): " << counted_first << " then " << klass::getattr(klass::cls<Counted>(), "instance_name"_a)
            << '\n';
  std::cout << "sorted(Derived.instance_tracker): "
            << py(klass::getattr(klass::cls<Derived>, "instance_tracker"_a).numbers()) << '\n';
  std::cout << "sorted(Base.instance_tracker): " << py(klass::getattr(klass::cls<Base>, "instance_tracker"_a).numbers())
            << '\n';
  std::cout << "Component_Resolve['Derived4'] is d: " << py(klass::is(rt::resolve<Derived>("Derived4"), d)) << '\n';

  // Releasing: the name and the tracker let go; d itself lives while it is held.
  klass::getattr(d, "release"_a)();
  std::cout << "after release(d): 'Derived4' in Component_Resolve: "
            << py(rt::default_registry().contains("Derived4"))
            << " | sorted(Derived.instance_tracker): "
            << py(klass::getattr(klass::cls<Derived>, "instance_tracker"_a).numbers())
            << " | d.instance_name: " << klass::getattr(d, "instance_name"_a) << '\n';
  std::cout << "sorted(Component_Resolve): " << py(registered_names()) << '\n';
}
