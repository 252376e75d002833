// Uses of what <klass/runtime/base.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/base.hpp>

#include <string>

using namespace klass::literals;
namespace rt = klass::runtime;

struct Derived {
  using bases = klass::bases<rt::Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count,
                                           "defaults"_a = rt::options("memory_size"_a = std::size_t{8192},
                                                                      "network_packet_size"_a = std::size_t{1500}));
};
inline std::string use() {
  auto d = klass::cls<Derived>("memory_size"_a = std::size_t{16384});
  std::string name = klass::getattr(d, "instance_name"_a);
  klass::getattr(d, "send_to"_a)(name, "hello");
  auto found = rt::resolve<Derived>(name);
  bool again = rt::try_resolve<Derived>(name) && klass::getattr(found, "read_messages"_a)().size() == 1;
  static_cast<void>(rt::count_of<Derived>() + again + klass::getattr(klass::cls<Derived>, "instance_tracker"_a).size());
  rt::release(d);
  return name;
}
