// The seed's Component_Resolve (seed 000) with mixed subclasses: instances of
// several subclasses of Base, created without being kept, are found again by
// name as handles of Base (klass::runtime::resolve<klass::handle<Base>>), and
// each is used through the base with its own class deciding: its instance
// name, its class's __name__ and __mro__, its mailbox. A handle of a subclass
// holds only the instances of that subclass (isinstance); asking for another
// class is a TypeError.
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <klass/runtime.hpp>

using namespace klass::literals;
namespace rt = klass::runtime;
using rt::Base;

std::string py(std::string_view text) { return "'" + std::string(text) + "'"; }
template <class T>
std::string py(const std::vector<T>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i != items.size(); ++i) out += (i ? ", " : "") + py(items[i]);
  return out + "]";
}

struct Sensor {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("kind"_a = std::string_view("a sensor"));
};
struct Thermometer {
  using bases = klass::bases<Sensor>;
  static constexpr auto dict = klass::dict("kind"_a = std::string_view("a thermometer"));
};
struct Logger {
  using bases = klass::bases<Base>;
};

int main() {
  // Instantiate, but keep nothing: Component_Resolve holds them.
  klass::cls<Sensor>();
  klass::cls<Logger>();
  klass::cls<Thermometer>();
  klass::cls<Sensor>("memory_size"_a = 65536);

  std::vector<std::string> names = rt::default_registry().names();
  std::sort(names.begin(), names.end());
  std::cout << "sorted(Component_Resolve): " << py(names) << '\n';

  // Component_Resolve[name]: whatever its class, as a Base.
  std::vector<klass::handle<Base>> everyone;
  for (const auto& name : names) {
    klass::handle<Base> o = rt::resolve<klass::handle<Base>>(name);
    const auto type = klass::type_of(o);
    std::vector<std::string_view> mro(type.mro_names().begin(), type.mro_names().end());
    std::cout << name << ": a " << type.__name__ << ", instance_name " << py(klass::getattr(o, "instance_name"_a))
              << ", memory_size " << klass::getattr(o, "memory_size"_a) << ", __mro__ " << py(mro) << '\n';
    everyone.push_back(o);
  }

  // The Logger tells everyone (itself included) its name, through the base.
  klass::handle<Base> logger = rt::resolve<klass::handle<Base>>("Logger0");
  for (const auto& name : names) klass::getattr(logger, "send_to"_a)(name, "hello " + name);
  for (const auto& o : everyone)
    std::cout << klass::getattr(o, "instance_name"_a) << " reads " << py(klass::getattr(o, "read_messages"_a)()) << '\n';

  // Only the sensors, as handles of Sensor: Thermometer is one too.
  for (const auto& name : names) {
    if (!klass::isinstance(rt::resolve<klass::handle<Base>>(name), klass::cls<Sensor>)) continue;
    klass::handle<Sensor> sensor = rt::resolve<klass::handle<Sensor>>(name);
    std::cout << name << " is " << klass::getattr(sensor, "kind"_a) << '\n';
  }
  try {
    rt::resolve<klass::handle<Sensor>>("Logger0");
  } catch (const klass::type_error&) {
    std::cout << "Component_Resolve['Logger0'] as a Sensor: TypeError\n";
  }
}
