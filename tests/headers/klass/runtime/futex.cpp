// Uses of what <klass/runtime/futex.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/futex.hpp>

#include <cstdint>

inline std::uint32_t use() {
  static std::uint32_t word = 0;  // a lock word in shared memory, zero when free
  klass::runtime::robust_lock lock(word);
  lock.lock();
  const std::uint32_t owner = lock.owner();
  lock.unlock();
  return owner;
}
