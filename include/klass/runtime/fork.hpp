// klass/runtime/fork.hpp — what fork() does to the runtime: a fork generation, and the locks held across fork().
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_FORK_HPP
#define KLASS_RUNTIME_FORK_HPP

#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <mutex>

#include <klass/runtime/errors.hpp>

// Every arena and registry registers its mutex here. A pthread_atfork handler
// takes all of them before fork() and releases them after it, in the parent
// and in the child, so the child never inherits a lock held by a thread that
// does not exist there, nor a half-updated arena or registry. They are plain
// std::mutex on purpose: a pthread rwlock (std::shared_mutex) cannot be
// released in the child, whose thread has a new id. No code path of
// the runtime holds two of these mutexes at once, so taking them in list order
// cannot deadlock. After each fork() both processes see a new fork generation:
// the arena stops carving regions from the chunks that existed before it (see
// memory.hpp), so a slot can never be handed out twice in two processes.

namespace klass::runtime {

namespace detail {

struct fork_link {
  std::mutex* mutex = nullptr;
  fork_link* prev = this;
  fork_link* next = this;
};

struct fork_state {
  std::mutex mutex;  // guards the list
  fork_link head;    // sentinel of the circular list of registered mutexes
  std::atomic<std::uint64_t> generation{0};
};

// Never destroyed: the atfork handlers can run during static destruction.
inline fork_state& fork_globals() noexcept {
  static fork_state* state = new fork_state;
  return *state;
}

inline void fork_prepare() noexcept {
  fork_state& s = fork_globals();
  s.mutex.lock();
  for (fork_link* p = s.head.next; p != &s.head; p = p->next) p->mutex->lock();
}

inline void fork_finish() noexcept {  // in the parent and in the child
  fork_state& s = fork_globals();
  s.generation.fetch_add(1, std::memory_order_relaxed);
  for (fork_link* p = s.head.prev; p != &s.head; p = p->prev) p->mutex->unlock();
  s.mutex.unlock();
}

inline void install_fork_handlers() {
  static const int status = [] {
    fork_globals();
    return pthread_atfork(&fork_prepare, &fork_finish, &fork_finish);
  }();
  if (status != 0) throw_errno(status, "pthread_atfork failed");
}

inline std::uint64_t generation() noexcept { return fork_globals().generation.load(std::memory_order_relaxed); }

}  // namespace detail

// How many fork() calls this process has gone through, as parent or as
// child, since the runtime was first used (the first arena, registry or call).
inline std::uint64_t fork_generation() {
  detail::install_fork_handlers();
  return detail::generation();
}

// Holds `mutex` across every fork() while this object lives.
class fork_guard {
 public:
  explicit fork_guard(std::mutex& mutex) {
    detail::install_fork_handlers();
    link_.mutex = &mutex;
    detail::fork_state& s = detail::fork_globals();
    std::lock_guard hold(s.mutex);
    link_.prev = s.head.prev;
    link_.next = &s.head;
    s.head.prev->next = &link_;
    s.head.prev = &link_;
  }
  fork_guard(const fork_guard&) = delete;
  fork_guard& operator=(const fork_guard&) = delete;
  ~fork_guard() {
    detail::fork_state& s = detail::fork_globals();
    std::lock_guard hold(s.mutex);
    link_.prev->next = link_.next;
    link_.next->prev = link_.prev;
  }

 private:
  detail::fork_link link_;
};

}  // namespace klass::runtime

#endif
