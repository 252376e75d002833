// Uses of what <klass/runtime/shared_registry.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/shared_registry.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

static_assert(std::is_base_of_v<std::runtime_error, klass::runtime::registry_file_error>);
static_assert(std::is_base_of_v<std::length_error, klass::runtime::registry_full>);
inline bool use(const std::string& path) {
  klass::runtime::shared_registry_options options;
  options.slots = 8;
  auto names = klass::runtime::shared_registry::open_or_create(path, options);
  names.add("Base0");
  names.send_to("Base0", "hello");
  bool found = names.contains("Base0") && names.find("Base0").pending() == 1;
  names.release("Base0");
  return found && klass::runtime::shared_registry::remove(path);
}
