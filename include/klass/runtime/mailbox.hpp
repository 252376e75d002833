// klass/runtime/mailbox.hpp — a length-framed message queue living inside a region of memory, with its futex lock.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_MAILBOX_HPP
#define KLASS_RUNTIME_MAILBOX_HPP

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <klass/runtime/errors.hpp>

// Layout of a mailbox in its memory (all of it lives there, so processes that
// share the memory after fork() share the mailbox, lock included):
//
//   offset 0   u32 lock   0 free, 1 held, 2 held with waiters (a futex word)
//          4   u32        reserved (0)
//          8   u64 used   bytes of frames below
//         16   u64 count  messages waiting
//         24   u64        reserved (0)
//         32   frames     in arrival order, each:
//                           u32 length, u32 mark 0x6b6c6173 ("klas", checked on read),
//                           length bytes, zero padding to a multiple of 8
//
// All-zero memory is an empty, unlocked mailbox: a fresh region needs no
// initialisation, and its pages are touched only by the first message.
// Framing is by length only: any bytes (NULs, "delimiter", nothing) are a
// message. A message of n bytes takes frame_size(n) = 8 + n rounded up to 8;
// the padding keeps every payload 8-byte aligned (a memcpy to an address
// that is 4 mod 8 runs ~10x slower on x86). Every send and read holds the
// lock for its whole update, so a reader never sees part of a message and
// senders never interleave.

namespace klass::runtime {

namespace detail {

struct mailbox_header {
  std::uint32_t lock;
  std::uint32_t reserved0;
  std::uint64_t used;
  std::uint64_t count;
  std::uint64_t reserved1;
};
static_assert(sizeof(mailbox_header) == 32);

inline void cpu_relax() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

// Drepper's three-state futex mutex ("Futexes Are Tricky", mutex 3) on a word
// in memory that may be shared between processes (FUTEX_WAIT, not _PRIVATE).
class futex_lock {
 public:
  explicit futex_lock(std::uint32_t& word) noexcept : word_(&word) {}

  void lock() noexcept {
    std::atomic_ref<std::uint32_t> w(*word_);
    std::uint32_t c = 0;
    if (w.compare_exchange_strong(c, 1, std::memory_order_acquire, std::memory_order_relaxed)) return;
    for (int spin = 0; spin < 100; ++spin) {  // sections are one memcpy: spin a little first
      cpu_relax();
      c = 0;
      if (w.load(std::memory_order_relaxed) == 0 &&
          w.compare_exchange_weak(c, 1, std::memory_order_acquire, std::memory_order_relaxed))
        return;
    }
    c = w.exchange(2, std::memory_order_acquire);
    while (c != 0) {
      ::syscall(SYS_futex, word_, FUTEX_WAIT, 2, nullptr, nullptr, 0);
      c = w.exchange(2, std::memory_order_acquire);
    }
  }

  void unlock() noexcept {
    std::atomic_ref<std::uint32_t> w(*word_);
    if (w.exchange(0, std::memory_order_release) == 2) ::syscall(SYS_futex, word_, FUTEX_WAKE, 1, nullptr, nullptr, 0);
  }

 private:
  std::uint32_t* word_;
};

class lock_guard {
 public:
  explicit lock_guard(std::uint32_t& word) noexcept : lock_(word) { lock_.lock(); }
  lock_guard(const lock_guard&) = delete;
  lock_guard& operator=(const lock_guard&) = delete;
  ~lock_guard() { lock_.unlock(); }

 private:
  futex_lock lock_;
};

}  // namespace detail

// A view of a mailbox in memory it does not own (a region, usually). Copies
// are views of the same mailbox. Thread-safe; see the layout above.
class mailbox {
 public:
  static constexpr std::size_t header_bytes = sizeof(detail::mailbox_header);
  static constexpr std::size_t frame_header_bytes = 8;  // length and mark
  static constexpr std::size_t frame_alignment = 8;
  static constexpr std::size_t max_message_size = 0xffffffffu - frame_alignment;
  static constexpr std::uint32_t frame_mark = 0x6b6c6173u;

  // The bytes a message of `size` bytes takes in the mailbox.
  static constexpr std::size_t frame_size(std::size_t size) noexcept {
    return frame_header_bytes + (size + frame_alignment - 1) / frame_alignment * frame_alignment;
  }

  mailbox() noexcept = default;

  // `memory` must be 8-byte aligned and hold at least header_bytes; zero
  // memory is an empty mailbox, otherwise it must hold one.
  explicit mailbox(std::span<std::byte> memory)
      : header_(reinterpret_cast<detail::mailbox_header*>(memory.data())),
        frames_(memory.data() + header_bytes),
        capacity_(memory.size() - header_bytes) {
    if (memory.size() < header_bytes)
      throw std::invalid_argument("klass: a mailbox needs at least " + std::to_string(header_bytes) +
                                  " bytes of memory, got " + std::to_string(memory.size()));
    if (reinterpret_cast<std::uintptr_t>(memory.data()) % alignof(detail::mailbox_header) != 0)
      throw std::invalid_argument("klass: a mailbox's memory must be 8-byte aligned");
  }

  [[nodiscard]] bool valid() const noexcept { return header_ != nullptr; }
  // Bytes for frames: the memory less the header. A message takes frame_size(its size).
  [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
  // The largest message an empty mailbox takes (0 also when not even an
  // empty message fits: capacity() < frame_header_bytes).
  [[nodiscard]] std::size_t max_message() const noexcept {
    if (capacity_ < frame_header_bytes) return 0;
    return std::min((capacity_ - frame_header_bytes) / frame_alignment * frame_alignment, max_message_size);
  }

  [[nodiscard]] std::size_t pending() const {
    detail::lock_guard hold(header_->lock);
    return static_cast<std::size_t>(header_->count);
  }
  [[nodiscard]] std::size_t used_bytes() const {
    detail::lock_guard hold(header_->lock);
    return static_cast<std::size_t>(header_->used);
  }
  [[nodiscard]] std::size_t free_bytes() const {
    detail::lock_guard hold(header_->lock);
    return header_->used > capacity_ ? 0 : capacity_ - static_cast<std::size_t>(header_->used);
  }

  // Appends one message. If it does not fit, throws message_too_large (naming
  // `recipient` and the sizes) and leaves every byte of the mailbox as it was.
  void send(std::string_view message, std::string_view recipient = {}) {
    std::size_t free_bytes = 0;
    if (append(message.data(), message.size(), free_bytes)) return;
    throw message_too_large(recipient, message.size(), frame_size(message.size()), free_bytes, capacity_);
  }
  void send(std::span<const std::byte> message, std::string_view recipient = {}) {
    send(std::string_view(reinterpret_cast<const char*>(message.data()), message.size()), recipient);
  }

  // Appends one message if it fits; false (and nothing written) if not.
  bool try_send(std::string_view message) {
    std::size_t free_bytes = 0;
    return append(message.data(), message.size(), free_bytes);
  }

  // Every waiting message in arrival order; the mailbox is empty afterwards.
  // The copies are made before the mailbox is emptied, so if allocating them
  // throws, nothing is lost.
  [[nodiscard]] std::vector<std::string> read_all() {
    std::vector<std::string> out;
    detail::lock_guard hold(header_->lock);
    const std::size_t used = checked_used();
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(header_->count, used / frame_header_bytes)));
    for (std::size_t at = 0; at != used;) {
      const frame f = frame_at(at, used);
      if (f.next == 0) corrupt("a frame at offset " + std::to_string(at) + " runs past the used bytes");
      out.emplace_back(f.text);
      at = f.next;
    }
    if (out.size() != header_->count)
      corrupt(std::to_string(header_->count) + " messages counted, " + std::to_string(out.size()) + " framed");
    header_->used = 0;
    header_->count = 0;
    return out;
  }

  // Calls visit(std::string_view) on each waiting message in order, in place
  // (no copy), under the mailbox's lock: `visit` must not use this mailbox.
  // Messages visited are removed; if `visit` throws, that message and the
  // later ones stay. Returns how many were visited.
  template <class Visit>
  std::size_t consume(Visit&& visit) {
    detail::lock_guard hold(header_->lock);
    const std::size_t used = checked_used();
    std::size_t at = 0, done = 0;
    while (at != used) {
      const frame f = frame_at(at, used);
      if (f.next == 0) {
        drop_prefix(at, done, used);
        corrupt("a frame runs past the used bytes");
      }
      try {
        visit(f.text);
      } catch (...) {
        drop_prefix(at, done, used);
        throw;
      }
      at = f.next;
      ++done;
    }
    header_->used = 0;
    header_->count = 0;
    return done;
  }

  // Drops every waiting message; returns how many.
  std::size_t clear() noexcept {
    detail::lock_guard hold(header_->lock);
    const auto count = static_cast<std::size_t>(header_->count);
    header_->used = 0;
    header_->count = 0;
    return count;
  }

 private:
  struct frame {
    std::string_view text;
    std::size_t next;  // offset of the next frame; 0 if this one is broken
  };

  bool append(const char* bytes, std::size_t size, std::size_t& free_bytes) {
    detail::lock_guard hold(header_->lock);
    const std::size_t used = checked_used();
    free_bytes = capacity_ - used;
    if (size > max_message_size || frame_size(size) > free_bytes) return false;
    const std::uint32_t head[2] = {static_cast<std::uint32_t>(size), frame_mark};
    std::byte* at = frames_ + used;
    std::memcpy(at, head, frame_header_bytes);
    if (size != 0) std::memcpy(at + frame_header_bytes, bytes, size);
    const std::size_t padded = frame_size(size);
    if (padded != frame_header_bytes + size) std::memset(at + frame_header_bytes + size, 0, padded - frame_header_bytes - size);
    header_->used = used + padded;
    header_->count += 1;
    return true;
  }

  std::size_t checked_used() const {
    if (header_->used > capacity_ || header_->used % frame_alignment != 0)
      corrupt(std::to_string(header_->used) + " bytes used of " + std::to_string(capacity_));
    return static_cast<std::size_t>(header_->used);
  }

  // The frame at offset `at` (< used, a multiple of 8); next == 0 if broken.
  frame frame_at(std::size_t at, std::size_t used) const noexcept {
    if (used - at < frame_header_bytes) return {{}, 0};
    std::uint32_t head[2];
    std::memcpy(head, frames_ + at, frame_header_bytes);
    if (head[1] != frame_mark || frame_size(head[0]) > used - at) return {{}, 0};
    return {std::string_view(reinterpret_cast<const char*>(frames_ + at + frame_header_bytes), head[0]),
            at + frame_size(head[0])};
  }

  void drop_prefix(std::size_t bytes, std::size_t messages, std::size_t used) noexcept {
    if (bytes == 0) return;
    std::memmove(frames_, frames_ + bytes, used - bytes);
    header_->used = used - bytes;
    header_->count -= messages;
  }

  [[noreturn]] static void corrupt(const std::string& what) { throw mailbox_corrupt(what); }

  detail::mailbox_header* header_ = nullptr;
  std::byte* frames_ = nullptr;
  std::size_t capacity_ = 0;
};

}  // namespace klass::runtime

#endif
