// Uses of what <klass/runtime/mailbox.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/mailbox.hpp>

#include <cstddef>
#include <string>
#include <vector>

inline std::vector<std::string> use() {
  alignas(64) static std::byte memory[4096]{};
  klass::runtime::mailbox box({memory, sizeof memory});
  box.send("this is a test message!");
  static_cast<void>(box.capacity() + box.pending() + box.free_bytes() + box.max_message());
  return box.read_all();
}
