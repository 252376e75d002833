// Helpers of the runtime tests: sanitizer detection and counting, failing mmap/munmap hooks, shared memory, child processes reaped on failure.
#ifndef KLASS_TESTS_RUNTIME_SUPPORT_HPP
#define KLASS_TESTS_RUNTIME_SUPPORT_HPP

#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <mutex>
#include <span>
#include <stdexcept>
#include <vector>

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

// Zeroed memory shared with the children forked after it (MAP_SHARED), unmapped at the end.
class shared_memory {
 public:
  explicit shared_memory(std::size_t size) : size_(size) {
    void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::runtime_error("mmap failed");
    data_ = static_cast<std::byte*>(p);
  }
  shared_memory(const shared_memory&) = delete;
  shared_memory& operator=(const shared_memory&) = delete;
  ~shared_memory() { ::munmap(data_, size_); }
  std::span<std::byte> span() const { return {data_, size_}; }
  template <class T>
  T* as(std::size_t offset = 0) const {
    return reinterpret_cast<T*>(data_ + offset);
  }

 private:
  std::byte* data_ = nullptr;
  std::size_t size_ = 0;
};

// Child processes that are killed (SIGKILL) and reaped when this goes, even
// when a CHECK failed or an exception left the test. Each child runs `body`,
// leaves with _exit(body() ? 0 : 1) (no doctest, no static destructors), and
// is killed by SIGALRM after `alarm_seconds` if it is still running.
class children {
 public:
  children() = default;
  children(const children&) = delete;
  children& operator=(const children&) = delete;
  ~children() {
    for (pid_t pid : pids_) kill_and_reap(pid);
  }

  template <class Body>
  pid_t spawn(Body body, unsigned alarm_seconds = 60) {
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
      ::alarm(alarm_seconds);
      int code = 1;
      try {
        code = body() ? 0 : 1;
      } catch (...) {
        code = 2;
      }
      ::_exit(code);
    }
    pids_.push_back(pid);
    return pid;
  }

  // SIGKILL, then reaped: its status (128 + signal, or its exit code).
  int kill(pid_t pid) {
    ::kill(pid, SIGKILL);
    return wait(pid);
  }

  // Waits for it to end: its exit code, or 128 + the signal that ended it.
  int wait(pid_t pid) {
    int status = 0;
    pid_t got;
    do {
      got = ::waitpid(pid, &status, 0);
    } while (got < 0 && errno == EINTR);
    forget(pid);
    if (got != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  void forget(pid_t pid) {
    for (auto it = pids_.begin(); it != pids_.end(); ++it)
      if (*it == pid) {
        pids_.erase(it);
        return;
      }
  }
  static void kill_and_reap(pid_t pid) {
    ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  std::vector<pid_t> pids_;
};

}  // namespace klass_test

#endif
