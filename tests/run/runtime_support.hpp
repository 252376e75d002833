// Helpers of the runtime tests: sanitizer detection and counting, failing mmap/munmap hooks.
#ifndef KLASS_TESTS_RUNTIME_SUPPORT_HPP
#define KLASS_TESTS_RUNTIME_SUPPORT_HPP

#include <sys/mman.h>

#include <cerrno>
#include <cstddef>
#include <map>
#include <mutex>

#include <klass/runtime/memory.hpp>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define KLASS_TEST_TSAN 1
#endif
#if __has_feature(address_sanitizer)
#define KLASS_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define KLASS_TEST_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KLASS_TEST_ASAN 1
#endif
#if defined(KLASS_TEST_TSAN) || defined(KLASS_TEST_ASAN)
#define KLASS_TEST_SANITIZED 1
#endif

namespace klass_test {

// Counts every mapping made through the hooks, and fails the k-th mmap or
// munmap (1-based; 0: never) with ENOMEM / EINVAL.
struct mapping_counter {
  static inline std::mutex mutex;
  static inline std::map<void*, std::size_t> live;  // address → length
  static inline std::size_t maps = 0, unmaps = 0, fail_map_at = 0, fail_unmap_at = 0;

  static void* map(void* addr, std::size_t length, int prot, int flags, int fd, off_t offset) {
    std::lock_guard hold(mutex);
    if (++maps == fail_map_at) {
      errno = ENOMEM;
      return MAP_FAILED;
    }
    void* p = ::mmap(addr, length, prot, flags, fd, offset);
    if (p != MAP_FAILED) live[p] = length;
    return p;
  }

  static int unmap(void* addr, std::size_t length) {
    std::lock_guard hold(mutex);
    if (++unmaps == fail_unmap_at) {
      errno = EINVAL;
      return -1;
    }
    auto at = live.find(addr);
    if (at == live.end() || at->second != length) {
      errno = EINVAL;  // not a mapping we made: a bug in the arena
      return -2;
    }
    live.erase(at);
    return ::munmap(addr, length);
  }

  static std::size_t live_mappings() {
    std::lock_guard hold(mutex);
    return live.size();
  }

  static void reset(std::size_t fail_map = 0, std::size_t fail_unmap = 0) {
    std::lock_guard hold(mutex);
    maps = unmaps = 0;
    fail_map_at = fail_map;
    fail_unmap_at = fail_unmap;
  }
};

// Installs the counting hooks for a scope.
class counting_hooks {
 public:
  explicit counting_hooks(std::size_t fail_map = 0, std::size_t fail_unmap = 0)
      : hooks_({&mapping_counter::map, &mapping_counter::unmap}) {
    mapping_counter::reset(fail_map, fail_unmap);
  }

 private:
  klass::runtime::scoped_mmap_hooks hooks_;
};

}  // namespace klass_test

#endif
