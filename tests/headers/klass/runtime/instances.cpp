// Uses of what <klass/runtime/instances.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/instances.hpp>

#include <string>

struct A {};
inline std::string use() {
  klass::runtime::instance_counter counter;
  auto first = counter.next();
  static_cast<void>(counter.count() + counter.started() + klass::runtime::instance_counter_of<A>.count());
  static_cast<void>(klass::runtime::next_instance_number<A>() + klass::runtime::instance_count<A>());
  return klass::runtime::instance_name("A", first);
}
