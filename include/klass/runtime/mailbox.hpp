// klass/runtime/mailbox.hpp — a length-framed message queue living inside a region of memory: crash-safe commits, a robust lock, blocking waits.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_MAILBOX_HPP
#define KLASS_RUNTIME_MAILBOX_HPP

#include <algorithm>
#include <chrono>
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
#include <klass/runtime/futex.hpp>

// Layout of a mailbox in its memory (all of it lives there, so processes that
// share the memory share the mailbox, lock and wake-ups included):
//
//   offset 0   u32 lock        a robust_lock (futex.hpp): 0 free, else the owner's thread id
//          4   u32 arrivals    futex word: +1 at every message committed
//          8   u32 departures  futex word: +1 at every read that freed space
//         12   u32 sleepers    receivers asleep (low 16 bits), senders asleep (high 16)
//         16   u64 state       head offset (low 32 bits) | tail offset (high 32)
//         24   u64             reserved (0)
//         32   frames          [head, tail) in arrival order, each:
//                                u32 length, u32 mark 0x6b6c6173 ("klas", checked on read),
//                                length bytes, zero padding to a multiple of 8
//
// All-zero memory is an empty, unlocked mailbox: a fresh region needs no
// initialisation, and its pages are touched only by the first message.
// Framing is by length only: any bytes (NULs, "delimiter", nothing) are a
// message. A message of n bytes takes frame_size(n) = 8 + n rounded up to 8;
// the padding keeps every payload 8-byte aligned.
//
// Every operation holds the lock for its whole update, and every update is
// published by ONE 8-byte store of `state` (a frame is written past the tail
// first, then the tail moves; a read moves the head, or resets both to 0 when
// it emptied the mailbox). So at every instant the mailbox is consistent: a
// thread or process killed anywhere leaves either the old or the new state,
// and the lock passes to the next user at once (robust_lock). A killed sender
// loses only its own unfinished message; a reader killed while copying or
// visiting loses nothing (what it had not yet removed is read again).
// A consume stopped early (its visitor threw) leaves the frames it did not
// visit at [head, tail); the space before head is reused when the mailbox
// empties, or by a send that moves the waiting frames down to offset 0 when
// they do not overlap their new place (a copy into space nobody reads, then
// one store: crash-safe too).
//
// Waiting: a receiver that finds the mailbox empty counts itself in
// `sleepers` under the lock, notes `arrivals`, unlocks and sleeps in
// FUTEX_WAIT on `arrivals`; a sender that commits bumps `arrivals` under the
// lock and, if receivers sleep, wakes them after unlocking. Senders waiting
// for space do the same on `departures`. The futex words are shared (not
// _PRIVATE), so this works between processes.

namespace klass::runtime {

namespace detail {

struct mailbox_header {
  std::uint32_t lock;
  std::uint32_t arrivals;
  std::uint32_t departures;
  std::uint32_t sleepers;
  std::uint64_t state;
  std::uint64_t reserved;
};
static_assert(sizeof(mailbox_header) == 32);

inline constexpr std::uint32_t receiver_sleeper = 1;
inline constexpr std::uint32_t sender_sleeper = 1u << 16;

}  // namespace detail

// A view of a mailbox in memory it does not own (a region, usually). Copies
// are views of the same mailbox. Thread- and process-safe; see the layout above.
class mailbox {
 public:
  static constexpr std::size_t header_bytes = sizeof(detail::mailbox_header);
  static constexpr std::size_t frame_header_bytes = 8;  // length and mark
  static constexpr std::size_t frame_alignment = 8;
  // Offsets are 32-bit: a mailbox uses at most this many bytes of frames.
  static constexpr std::size_t max_capacity = 0xffffffffu - 7;
  static constexpr std::size_t max_message_size = max_capacity - frame_header_bytes;
  static constexpr std::uint32_t frame_mark = 0x6b6c6173u;
  using duration = std::chrono::nanoseconds;

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
        capacity_(std::min(memory.size() < header_bytes ? 0 : memory.size() - header_bytes, max_capacity)) {
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
    return (capacity_ - frame_header_bytes) / frame_alignment * frame_alignment;
  }

  // Messages waiting (counted by walking the frames, up to a broken one).
  [[nodiscard]] std::size_t pending() const {
    guard hold(*this);
    const span s = current();
    std::size_t count = 0;
    for (std::size_t at = s.head; at < s.tail; ++count) {
      const frame f = frame_at(at, s.tail);
      if (f.next == 0) break;
      at = f.next;
    }
    return count;
  }
  // Bytes of the frames waiting.
  [[nodiscard]] std::size_t used_bytes() const {
    guard hold(*this);
    const span s = current();
    return s.tail - s.head;
  }
  // Bytes a send can use now (a message of n bytes fits if frame_size(n) <= free_bytes()).
  [[nodiscard]] std::size_t free_bytes() const {
    guard hold(*this);
    return room(current());
  }
  // Is a message waiting? One load, no lock.
  [[nodiscard]] bool has_messages() const noexcept {
    const std::uint64_t state = detail::load_word(&header_->state);
    return static_cast<std::uint32_t>(state) != static_cast<std::uint32_t>(state >> 32);
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

  // Appends one message if it fits now; false (and nothing written) if not.
  bool try_send(std::string_view message) {
    std::size_t free_bytes = 0;
    return append(message.data(), message.size(), free_bytes);
  }

  // Appends one message, sleeping until readers make room for it or `timeout`
  // passes (false then, nothing written). A message larger than max_message()
  // can never fit: message_too_large, at once.
  bool send(std::string_view message, duration timeout, std::string_view recipient = {}) {
    if (message.size() > max_message())
      throw message_too_large(recipient, message.size(), frame_size(message.size()), free_bytes(), capacity_);
    const detail::deadline until = detail::deadline::after(timeout);
    for (;;) {
      std::uint32_t seen = 0;
      {
        timed_guard hold(*this, until);
        if (!hold.owns()) return false;
        if (append_locked(hold, message.data(), message.size())) return true;  // wakes after the unlock
        seen = detail::load_word(&header_->departures, __ATOMIC_RELAXED);
        __atomic_fetch_add(&header_->sleepers, detail::sender_sleeper, __ATOMIC_RELAXED);
      }
      if (until.passed()) {
        __atomic_fetch_sub(&header_->sleepers, detail::sender_sleeper, __ATOMIC_RELAXED);
        return false;
      }
      detail::futex_wait(&header_->departures, seen, until);
      __atomic_fetch_sub(&header_->sleepers, detail::sender_sleeper, __ATOMIC_RELAXED);
    }
  }

  // Sleeps until a message is waiting (true) or `timeout` passes (false).
  // Removes nothing; another reader may take the message first.
  bool wait(duration timeout) const {
    const detail::deadline until = detail::deadline::after(timeout);
    for (;;) {
      if (has_messages()) return true;
      const std::uint32_t seen = detail::load_word(&header_->arrivals);
      {
        timed_guard hold(*this, until);
        if (!hold.owns()) return false;
        if (has_messages()) return true;
        if (detail::load_word(&header_->arrivals, __ATOMIC_RELAXED) != seen) continue;
        __atomic_fetch_add(&header_->sleepers, detail::receiver_sleeper, __ATOMIC_RELAXED);
      }
      if (until.passed()) {
        __atomic_fetch_sub(&header_->sleepers, detail::receiver_sleeper, __ATOMIC_RELAXED);
        return has_messages();
      }
      detail::futex_wait(&header_->arrivals, seen, until);
      __atomic_fetch_sub(&header_->sleepers, detail::receiver_sleeper, __ATOMIC_RELAXED);
    }
  }

  // Every waiting message in arrival order; the mailbox is empty afterwards.
  // The copies are made before the mailbox is emptied, so if allocating them
  // throws (or this process is killed), nothing is lost.
  [[nodiscard]] std::vector<std::string> read_all() {
    std::vector<std::string> out;
    guard hold(*this);
    read_locked(hold, out);
    return out;
  }

  // read_all() after sleeping until a message is waiting or `timeout` passes
  // (then: an empty vector).
  [[nodiscard]] std::vector<std::string> read_all(duration timeout) {
    const detail::deadline until = detail::deadline::after(timeout);
    std::vector<std::string> out;
    while (out.empty()) {
      {
        timed_guard hold(*this, until);
        if (hold.owns()) read_locked(hold, out);
      }
      if (!out.empty() || until.passed()) break;
      if (!wait(std::chrono::duration_cast<duration>(until.at - detail::clock::now()))) {
        if (!has_messages()) break;
      }
    }
    return out;
  }

  // Calls visit(std::string_view) on each waiting message in order, in place
  // (no copy), under the mailbox's lock: `visit` must not use this mailbox.
  // Each message is removed once `visit` returns; if `visit` throws, that
  // message and the later ones stay. Returns how many were visited.
  template <class Visit>
  std::size_t consume(Visit&& visit) {
    guard hold(*this);
    span s = current();
    if (s.head == s.tail) return 0;
    std::size_t done = 0;
    while (s.head != s.tail) {
      const frame f = frame_at(s.head, s.tail);
      if (f.next == 0) corrupt("a frame at offset " + std::to_string(s.head) + " runs past the used bytes");
      visit(f.text);  // if it throws, the head stays at this frame
      s.head = f.next;
      ++done;
      if (s.head != s.tail) publish(s);  // one store per message: a reader killed now loses nothing
    }
    publish({0, 0});
    hold.freed();
    return done;
  }

  // Drops every waiting message; returns how many.
  std::size_t clear() noexcept {
    guard hold(*this);
    const span s = current_unchecked();
    std::size_t count = 0;
    for (std::size_t at = s.head; at < s.tail && at <= capacity_; ++count) {
      const frame f = frame_at(at, s.tail);
      if (f.next == 0) break;
      at = f.next;
    }
    if (s.head != s.tail) {
      publish({0, 0});
      hold.freed();
    }
    return count;
  }

 private:
  struct frame {
    std::string_view text;
    std::size_t next;  // offset of the next frame; 0 if this one is broken
  };
  struct span {
    std::size_t head, tail;
  };

  // The lock for a scope, and the wake-ups owed once it is let go.
  class guard {
   public:
    explicit guard(const mailbox& box) noexcept : box_(box) { robust_lock(box.header_->lock).lock(); }
    guard(const guard&) = delete;
    guard& operator=(const guard&) = delete;
    ~guard() { release(); }
    void arrived() noexcept {  // a message was committed
      bump(&box_.header_->arrivals);
      wake_receivers_ = (detail::load_word(&box_.header_->sleepers, __ATOMIC_RELAXED) & 0xffffu) != 0;
    }
    void freed() noexcept {  // space was freed
      bump(&box_.header_->departures);
      wake_senders_ = (detail::load_word(&box_.header_->sleepers, __ATOMIC_RELAXED) >> 16) != 0;
    }

   protected:
    static void bump(std::uint32_t* word) noexcept {  // only written under the lock; read by sleepers without it
      detail::store_word(word, detail::load_word(word, __ATOMIC_RELAXED) + 1);
    }
    guard(const mailbox& box, bool owns) noexcept : box_(box), owns_(owns) {}
    void release() noexcept {
      if (!owns_) return;
      owns_ = false;
      robust_lock(box_.header_->lock).unlock();
      if (wake_receivers_) detail::futex_wake_all(&box_.header_->arrivals);
      if (wake_senders_) detail::futex_wake_all(&box_.header_->departures);
    }
    const mailbox& box_;
    bool owns_ = true;
    bool wake_receivers_ = false;
    bool wake_senders_ = false;
  };
  class timed_guard : public guard {
   public:
    timed_guard(const mailbox& box, const detail::deadline& until) noexcept
        : guard(box, robust_lock(box.header_->lock).lock(until)) {}
    [[nodiscard]] bool owns() const noexcept { return owns_; }
  };

  span current_unchecked() const noexcept {
    const std::uint64_t state = detail::load_word(&header_->state, __ATOMIC_RELAXED);
    return {static_cast<std::uint32_t>(state), static_cast<std::uint32_t>(state >> 32)};
  }
  span current() const {
    const span s = current_unchecked();
    if (s.tail > capacity_ || s.tail % frame_alignment != 0 || s.head > s.tail || s.head % frame_alignment != 0)
      corrupt("head " + std::to_string(s.head) + " and tail " + std::to_string(s.tail) + " in " +
              std::to_string(capacity_) + " bytes of frames");
    return s;
  }
  void publish(span s) noexcept {
    detail::store_word(&header_->state, static_cast<std::uint64_t>(s.head) | (static_cast<std::uint64_t>(s.tail) << 32));
  }
  // The space a send can use: after the tail, or the whole capacity less the
  // waiting frames when these can be moved down without overlapping.
  std::size_t room(span s) const noexcept {
    const std::size_t waiting = s.tail - s.head;
    if (s.head != 0 && waiting <= s.head) return capacity_ - waiting;
    return capacity_ - s.tail;
  }

  bool append(const char* bytes, std::size_t size, std::size_t& free_bytes) {
    guard hold(*this);
    const span s = current();
    if (size > max_message_size || frame_size(size) > room(s)) {
      free_bytes = room(s);
      return false;
    }
    write_locked(s, bytes, size);
    hold.arrived();
    return true;
  }
  // For the waiting send: under the caller's guard.
  bool append_locked(guard& hold, const char* bytes, std::size_t size) {
    const span s = current();
    if (frame_size(size) > room(s)) return false;
    write_locked(s, bytes, size);
    hold.arrived();
    return true;
  }
  void write_locked(span s, const char* bytes, std::size_t size) noexcept {
    const std::size_t padded = frame_size(size);
    if (padded > capacity_ - s.tail) {  // move the waiting frames down to 0 (room() said they do not overlap)
      const std::size_t waiting = s.tail - s.head;
      if (waiting != 0) std::memcpy(frames_, frames_ + s.head, waiting);
      s = {0, waiting};
    }
    const std::uint32_t head[2] = {static_cast<std::uint32_t>(size), frame_mark};
    std::byte* at = frames_ + s.tail;
    std::memcpy(at, head, frame_header_bytes);
    if (size != 0) std::memcpy(at + frame_header_bytes, bytes, size);
    if (padded != frame_header_bytes + size) std::memset(at + frame_header_bytes + size, 0, padded - frame_header_bytes - size);
    publish({s.head, s.tail + padded});
  }

  void read_locked(guard& hold, std::vector<std::string>& out) {
    const span s = current();
    if (s.head == s.tail) return;
    std::size_t count = 0;
    for (std::size_t at = s.head; at != s.tail; ++count) {  // check every frame before copying any
      const frame f = frame_at(at, s.tail);
      if (f.next == 0) corrupt("a frame at offset " + std::to_string(at) + " runs past the used bytes");
      at = f.next;
    }
    out.reserve(out.size() + count);
    for (std::size_t at = s.head; at != s.tail;) {
      const frame f = frame_at(at, s.tail);
      out.emplace_back(f.text);
      at = f.next;
    }
    publish({0, 0});
    hold.freed();
  }

  // The frame at offset `at` (< end, a multiple of 8); next == 0 if broken.
  frame frame_at(std::size_t at, std::size_t end) const noexcept {
    if (end - at < frame_header_bytes) return {{}, 0};
    std::uint32_t head[2];
    std::memcpy(head, frames_ + at, frame_header_bytes);
    if (head[1] != frame_mark || frame_size(head[0]) > end - at) return {{}, 0};
    return {std::string_view(reinterpret_cast<const char*>(frames_ + at + frame_header_bytes), head[0]),
            at + frame_size(head[0])};
  }

  [[noreturn]] static void corrupt(const std::string& what) { throw mailbox_corrupt(what); }

  detail::mailbox_header* header_ = nullptr;
  std::byte* frames_ = nullptr;
  std::size_t capacity_ = 0;
};

}  // namespace klass::runtime

#endif
