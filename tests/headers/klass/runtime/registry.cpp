// Uses of what <klass/runtime/registry.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/registry.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

inline std::vector<std::string> use() {
  klass::runtime::arena memory;
  klass::runtime::registry names(memory);
  std::shared_ptr<klass::runtime::registry_entry> base = names.create("Base0");
  static_assert(std::is_constructible_v<klass::runtime::registry_entry, klass::runtime::registry_entry_init&&>);
  names.send_to("Base0", "hello");
  static_cast<void>(names.contains("Base0") && names.find("Base0") == base && klass::runtime::default_registry().size() == 0);
  if (!base) klass::runtime::send_to("Base0", "hello");  // through the process-wide registry
  return base->read_messages();
}
