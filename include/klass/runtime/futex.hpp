// klass/runtime/futex.hpp — words shared between processes: atomics on them, a robust lock that survives its owner's death, futex waits with deadlines.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_FUTEX_HPP
#define KLASS_RUNTIME_FUTEX_HPP

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <klass/runtime/fork.hpp>

// Words in shared memory are plain integers placed in the mapping; every
// access that another thread or process may race with goes through the
// __atomic builtins below (not std::atomic_ref: libc++ 16 lacks it; the
// builtins are what atomic_ref compiles to, and sanitizers see them).
//
// The lock is a priority-inheritance futex (FUTEX_LOCK_PI): its word holds
// the owner's thread id, so the kernel knows who owns it. When the owner
// dies (SIGKILL included) with sleepers queued, the kernel hands the lock to
// one of them; when nobody was waiting, the next FUTEX_LOCK_PI fails with
// ESRCH ("no such owner") and the caller takes the lock over with a
// compare-and-swap from the dead id. Recovery is therefore immediate: no
// timeout, no polling. What the dead owner left half-done is the caller's
// business (the mailbox makes every change one store, so there is nothing
// to repair). Thread ids are those of one PID namespace: every process that
// shares a lock must live in the same one.

namespace klass::runtime {

namespace detail {

inline std::uint32_t load_word(const std::uint32_t* p, int order = __ATOMIC_ACQUIRE) noexcept {
  return __atomic_load_n(p, order);
}
inline void store_word(std::uint32_t* p, std::uint32_t v, int order = __ATOMIC_RELEASE) noexcept {
  __atomic_store_n(p, v, order);
}
inline std::uint64_t load_word(const std::uint64_t* p, int order = __ATOMIC_ACQUIRE) noexcept {
  return __atomic_load_n(p, order);
}
inline void store_word(std::uint64_t* p, std::uint64_t v, int order = __ATOMIC_RELEASE) noexcept {
  __atomic_store_n(p, v, order);
}
inline bool cas_word(std::uint32_t* p, std::uint32_t& expected, std::uint32_t desired) noexcept {
  return __atomic_compare_exchange_n(p, &expected, desired, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

inline void cpu_relax() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

// The calling thread's id (gettid), cached per thread and refreshed after fork().
inline std::uint32_t this_thread_id() noexcept {
  struct cached {
    std::uint32_t id = 0;
    std::uint64_t generation = 0;
  };
  thread_local cached mine;
  std::uint64_t now = generation();
  if (mine.id == 0 || mine.generation != now) {
    if (mine.id == 0) install_fork_handlers();  // so that the generation moves at each fork()
    mine.id = static_cast<std::uint32_t>(::syscall(SYS_gettid));
    mine.generation = now;
  }
  return mine.id;
}

// The robust locks this thread holds (a thread holds at most two at once: a
// shared registry's table and one of its mailboxes), to tell a recursive
// lock (a bug: a consume visitor using its own mailbox) from a thread id
// reused after its owner died, which the kernel reports alike (EDEADLK).
struct held_locks {
  static constexpr int capacity = 4;
  const std::uint32_t* words[capacity] = {};
  int count = 0;
  void add(const std::uint32_t* w) noexcept {
    if (count < capacity) words[count] = w;
    ++count;
  }
  void remove(const std::uint32_t* w) noexcept {
    for (int i = (count < capacity ? count : capacity) - 1; i >= 0; --i)
      if (words[i] == w) {
        words[i] = words[(count < capacity ? count : capacity) - 1];
        break;
      }
    --count;
  }
  bool holds(const std::uint32_t* w) const noexcept {
    for (int i = 0; i < count && i < capacity; ++i)
      if (words[i] == w) return true;
    return false;
  }
};
inline held_locks& this_thread_locks() noexcept {
  thread_local held_locks mine;
  return mine;
}

inline long futex_call(std::uint32_t* word, int op, std::uint32_t value, const struct timespec* timeout) noexcept {
  return ::syscall(SYS_futex, word, op, value, timeout, nullptr, 0);
}

using clock = std::chrono::steady_clock;

// A point in time after which a wait gives up; `never` waits as long as it takes.
struct deadline {
  clock::time_point at = clock::time_point::max();
  [[nodiscard]] bool never() const noexcept { return at == clock::time_point::max(); }
  [[nodiscard]] bool passed() const noexcept { return !never() && clock::now() >= at; }
  static deadline after(std::chrono::nanoseconds timeout) noexcept {
    const auto now = clock::now();
    if (timeout <= std::chrono::nanoseconds::zero()) return {now};
    if (timeout > clock::time_point::max() - now) return {};
    return {now + std::chrono::duration_cast<clock::duration>(timeout)};
  }
  // What is left, as a relative timespec (for FUTEX_WAIT); false if nothing is.
  bool remaining(struct timespec& out) const noexcept {
    const auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(at - clock::now()).count();
    if (left <= 0) return false;
    out.tv_sec = static_cast<time_t>(left / 1'000'000'000);
    out.tv_nsec = static_cast<long>(left % 1'000'000'000);
    return true;
  }
};

// Sleeps while *word == expected, until woken or the deadline; no lock held.
inline void futex_wait(std::uint32_t* word, std::uint32_t expected, const deadline& until) noexcept {
  struct timespec left {};
  if (until.never()) {
    futex_call(word, FUTEX_WAIT, expected, nullptr);
  } else if (until.remaining(left)) {
    futex_call(word, FUTEX_WAIT, expected, &left);
  }
}

inline void futex_wake_all(std::uint32_t* word) noexcept { futex_call(word, FUTEX_WAKE, INT_MAX, nullptr); }

}  // namespace detail

// A lock on a 32-bit word in memory that may be shared between processes,
// which no dead owner can keep: see the comment at the top. All-zero is unlocked.
class robust_lock {
 public:
  explicit robust_lock(std::uint32_t& word) noexcept : word_(&word) {}

  // Takes the lock, waiting at most until `until`; false if that passed first.
  // `recovered` is set when the lock was taken over from a dead owner.
  bool lock(const detail::deadline& until = {}, bool* recovered = nullptr) noexcept {
    if (!acquire(until, recovered)) return false;
    detail::this_thread_locks().add(word_);
    return true;
  }

  void unlock() noexcept {
    detail::this_thread_locks().remove(word_);
    release();
  }

  // The id of the thread holding the lock now (0: free). Informational.
  [[nodiscard]] std::uint32_t owner() const noexcept {
    return detail::load_word(word_, __ATOMIC_RELAXED) & FUTEX_TID_MASK;
  }

 private:
  bool acquire(const detail::deadline& until, bool* recovered) noexcept {
    const std::uint32_t me = detail::this_thread_id();
    std::uint32_t seen = 0;
    if (detail::cas_word(word_, seen, me)) return true;
    for (int spin = 0; spin < 64; ++spin) {  // sections are one memcpy: spin a little first
      detail::cpu_relax();
      seen = 0;
      if (detail::load_word(word_, __ATOMIC_RELAXED) == 0 && detail::cas_word(word_, seen, me)) return true;
    }
    for (;;) {
      seen = 0;
      if (detail::cas_word(word_, seen, me)) return true;
      struct timespec at {};
      const struct timespec* timeout = nullptr;
      if (!until.never()) {  // FUTEX_LOCK_PI takes an absolute CLOCK_REALTIME time
        struct timespec left {};
        if (!until.remaining(left)) return false;
        ::clock_gettime(CLOCK_REALTIME, &at);
        at.tv_sec += left.tv_sec;
        at.tv_nsec += left.tv_nsec;
        if (at.tv_nsec >= 1'000'000'000) {
          at.tv_nsec -= 1'000'000'000;
          ++at.tv_sec;
        }
        timeout = &at;
      }
      if (detail::futex_call(word_, FUTEX_LOCK_PI, 0, timeout) == 0) {
        // The kernel made us the owner (perhaps handed over from a dead one).
        const std::uint32_t now = detail::load_word(word_);
        if ((now & FUTEX_OWNER_DIED) != 0 && recovered != nullptr) *recovered = true;
        return true;
      }
      switch (errno) {
        case ESRCH: {  // the owner in the word is gone: take the lock over from it
          if ((seen & FUTEX_TID_MASK) == 0) break;
          std::uint32_t dead = seen;
          if (detail::cas_word(word_, dead, me | (seen & FUTEX_WAITERS))) {
            if (recovered != nullptr) *recovered = true;
            return true;
          }
          break;  // someone else took it over first
        }
        case ETIMEDOUT:
          return false;
        case EDEADLK:  // the word names this very thread
          if (detail::this_thread_locks().holds(word_)) {
            std::fputs("klass: a robust lock taken again by the thread that holds it (a consume visitor "
                       "using its own mailbox?)\n", stderr);
            std::abort();
          }
          // a thread id reused after its owner died: take the lock over
          if (detail::cas_word(word_, seen, me)) {
            if (recovered != nullptr) *recovered = true;
            return true;
          }
          break;
        default:  // EINTR, EAGAIN: try again
          break;
      }
    }
  }

  void release() noexcept {
    std::uint32_t me = detail::this_thread_id();
    if (__atomic_compare_exchange_n(word_, &me, 0u, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) return;
    // Sleepers are queued (or the word carries OWNER_DIED): the kernel hands
    // the lock over. The no-op read-modify-write is the release that thread
    // sanitizer can see; the kernel's handover is invisible to it.
    __atomic_fetch_or(word_, 0u, __ATOMIC_RELEASE);
    detail::futex_call(word_, FUTEX_UNLOCK_PI, 0, nullptr);
  }

  std::uint32_t* word_;
};

}  // namespace klass::runtime

#endif
