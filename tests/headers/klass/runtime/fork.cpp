// Uses of what <klass/runtime/fork.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/fork.hpp>

#include <cstdint>
#include <mutex>

inline std::uint64_t use() {
  std::mutex mutex;
  klass::runtime::fork_guard guard(mutex);  // held across fork(): the child gets it unlocked
  return klass::runtime::fork_generation();
}
