// klass/runtime/memory.hpp — per-instance memory: regions carved from shared anonymous mmap chunks, and the mmap hooks.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_MEMORY_HPP
#define KLASS_RUNTIME_MEMORY_HPP

#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>

#include <klass/runtime/errors.hpp>
#include <klass/runtime/fork.hpp>

// Design (docs/runtime.md has the long form):
// - A region is `size` bytes, zero when handed out, 64-byte aligned, inside a
//   chunk: one mmap(MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE) of about
//   chunk_bytes (2 MiB: 512 regions of 4 KiB), so 200,000 regions take ~400
//   mappings, far below Linux's 65,530. A region as large as half a chunk gets
//   a chunk (a mapping) of its own. Pages are touched only when written.
// - Regions of one stride (size rounded up to 64) share chunks. A released
//   slot goes on its chunk's free stack (kept on the heap, never in the shared
//   memory) and is zeroed when handed out again. An empty chunk is unmapped,
//   except one spare per stride (not for dedicated chunks) kept for the next
//   acquire; trim() unmaps it.
// - MAP_SHARED: after fork() parent and child share the bytes of every region
//   that existed before it. Neither carves new regions from those chunks any
//   more (fork generation), so no slot is ever live in two processes for two
//   different owners; each process unmaps them when its last region goes.
// - Every mmap/munmap goes through set_mmap_hooks(). A failed mmap throws
//   std::system_error with its errno and changes nothing. A failed munmap
//   keeps the chunk (counted in stats().pending_unmaps) for trim() to retry.

namespace klass::runtime {

inline constexpr std::size_t default_memory_size = 4096;  // the seed's defaults["memory_size"]

// ---- the mmap/munmap hooks ---------------------------------------------------

using mmap_function = void* (*)(void* addr, std::size_t length, int prot, int flags, int fd, off_t offset);
using munmap_function = int (*)(void* addr, std::size_t length);

// Replacements for ::mmap and ::munmap (nullptr: the real call). A hook fails
// the way the call does: MAP_FAILED or -1, with errno set.
struct mmap_hooks {
  mmap_function map = nullptr;
  munmap_function unmap = nullptr;
};

namespace detail {
inline constinit std::atomic<mmap_function> mmap_hook{nullptr};
inline constinit std::atomic<munmap_function> munmap_hook{nullptr};

inline void* call_mmap(std::size_t length) noexcept {
  mmap_function f = mmap_hook.load(std::memory_order_acquire);
  if (f == nullptr) f = &::mmap;
  return f(nullptr, length, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
}

inline int call_munmap(void* address, std::size_t length) noexcept {
  munmap_function f = munmap_hook.load(std::memory_order_acquire);
  if (f == nullptr) f = &::munmap;
  return f(address, length);
}

inline std::size_t page_size() noexcept {
  static const std::size_t size = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return size;
}

// x rounded up to a multiple of `to` (a power of two), or 0 on overflow.
constexpr std::size_t round_up(std::size_t x, std::size_t to) noexcept {
  return x > std::numeric_limits<std::size_t>::max() - (to - 1) ? 0 : (x + to - 1) & ~(to - 1);
}
}  // namespace detail

// Installs `hooks` for every later mmap/munmap of every arena; returns the previous ones.
inline mmap_hooks set_mmap_hooks(mmap_hooks hooks) noexcept {
  return {detail::mmap_hook.exchange(hooks.map, std::memory_order_acq_rel),
          detail::munmap_hook.exchange(hooks.unmap, std::memory_order_acq_rel)};
}

inline mmap_hooks get_mmap_hooks() noexcept {
  return {detail::mmap_hook.load(std::memory_order_acquire), detail::munmap_hook.load(std::memory_order_acquire)};
}

// Installs hooks for its lifetime, then puts the previous ones back.
class scoped_mmap_hooks {
 public:
  explicit scoped_mmap_hooks(mmap_hooks hooks) noexcept : previous_(set_mmap_hooks(hooks)) {}
  scoped_mmap_hooks(const scoped_mmap_hooks&) = delete;
  scoped_mmap_hooks& operator=(const scoped_mmap_hooks&) = delete;
  ~scoped_mmap_hooks() { set_mmap_hooks(previous_); }

 private:
  mmap_hooks previous_;
};

// ---- regions and the arena -----------------------------------------------------

class arena;

namespace detail {
struct size_class;

struct chunk {
  std::byte* base = nullptr;
  std::size_t map_bytes = 0;
  std::size_t stride = 0;
  std::uint32_t capacity = 0;
  std::uint32_t bumped = 0;    // slots handed out at least once; the ones past it are still zero
  std::uint32_t live = 0;
  std::uint32_t free_top = 0;  // size of the free stack
  std::unique_ptr<std::uint32_t[]> free_slots;
  std::uint64_t generation = 0;  // fork_generation() when mapped
  size_class* cls = nullptr;
  chunk* prev = nullptr;  // in cls->available
  chunk* next = nullptr;
  bool available = false;
  bool pending_unmap = false;  // empty, its munmap failed
  chunk* all_prev = nullptr;   // in the arena's list of every chunk
  chunk* all_next = nullptr;
};

struct size_class {
  std::size_t stride = 0;
  chunk* available = nullptr;  // chunks of this generation with a free slot (not the spare)
  chunk* spare = nullptr;      // one empty chunk kept mapped
};
}  // namespace detail

// The memory of one instance: `size()` bytes, zero when acquired, given back
// to its arena when destroyed. Move-only. Must not outlive its arena.
class region {
 public:
  region() noexcept = default;
  region(region&& other) noexcept
      : owner_(std::exchange(other.owner_, nullptr)),
        chunk_(std::exchange(other.chunk_, nullptr)),
        data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)) {}
  region& operator=(region&& other) noexcept {
    if (this != &other) {
      reset();
      owner_ = std::exchange(other.owner_, nullptr);
      chunk_ = std::exchange(other.chunk_, nullptr);
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }
  ~region() { reset(); }

  void reset() noexcept;  // gives the memory back now

  [[nodiscard]] std::byte* data() const noexcept { return data_; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::span<std::byte> bytes() const noexcept { return {data_, size_}; }
  [[nodiscard]] arena* owner() const noexcept { return owner_; }
  explicit operator bool() const noexcept { return data_ != nullptr; }

 private:
  friend class arena;
  region(arena* owner, detail::chunk* c, std::byte* data, std::size_t size) noexcept
      : owner_(owner), chunk_(c), data_(data), size_(size) {}

  arena* owner_ = nullptr;
  detail::chunk* chunk_ = nullptr;
  std::byte* data_ = nullptr;
  std::size_t size_ = 0;
};

struct arena_stats {
  std::size_t mappings = 0;        // chunks mapped now (spares and pending unmaps included)
  std::size_t mapped_bytes = 0;
  std::size_t live_regions = 0;
  std::size_t spare_chunks = 0;    // empty chunks kept for reuse
  std::size_t pending_unmaps = 0;  // empty chunks whose munmap failed; trim() retries
  std::size_t unmap_failures = 0;  // failed munmap calls so far
};

// Hands out regions; thread-safe (one mutex, held across fork()).
class arena {
 public:
  static constexpr std::size_t default_chunk_bytes = std::size_t{2} << 20;
  static constexpr std::size_t region_alignment = 64;

  explicit arena(std::size_t chunk_bytes = default_chunk_bytes)
      : chunk_bytes_(detail::round_up(chunk_bytes < region_alignment ? region_alignment : chunk_bytes,
                                      detail::page_size())) {
    if (chunk_bytes_ == 0) throw std::length_error("klass: arena chunk size too large");
  }
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;

  // Unmaps every chunk. Every region must have been given back before.
  ~arena() {
    for (detail::chunk* c = all_; c != nullptr;) {
      detail::chunk* next = c->all_next;
      (void)detail::call_munmap(c->base, c->map_bytes);
      delete c;
      c = next;
    }
  }

  // A zeroed region of `size` bytes. Throws std::system_error (with errno) if
  // mmap fails, std::invalid_argument for 0 bytes; changes nothing then.
  [[nodiscard]] region acquire(std::size_t size);

  // Unmaps the spare chunks and retries the munmaps that failed.
  void trim() noexcept {
    std::lock_guard hold(mutex_);
    for (detail::chunk* c = all_; c != nullptr;) {
      detail::chunk* next = c->all_next;
      if (c->live == 0) drop(c);
      c = next;
    }
  }

  [[nodiscard]] arena_stats stats() const {
    std::lock_guard hold(mutex_);
    return {mappings_, mapped_bytes_, live_, spares_, pending_unmaps_, unmap_failures_};
  }

  [[nodiscard]] std::size_t chunk_bytes() const noexcept { return chunk_bytes_; }

 private:
  friend class region;

  detail::size_class& class_for(std::size_t stride) {
    if (last_ != nullptr && last_->stride == stride) return *last_;
    detail::size_class& cls = classes_[stride];  // may throw; nothing mapped yet
    cls.stride = stride;
    last_ = &cls;
    return cls;
  }

  static void link_available(detail::chunk* c) noexcept {
    detail::size_class& cls = *c->cls;
    c->prev = nullptr;
    c->next = cls.available;
    if (cls.available != nullptr) cls.available->prev = c;
    cls.available = c;
    c->available = true;
  }

  static void unlink_available(detail::chunk* c) noexcept {
    if (!c->available) return;
    if (c->prev != nullptr) c->prev->next = c->next;
    else c->cls->available = c->next;
    if (c->next != nullptr) c->next->prev = c->prev;
    c->prev = c->next = nullptr;
    c->available = false;
  }

  // Maps a new chunk for `cls` and makes it available. Throws on failure
  // with nothing changed: the bookkeeping is allocated before the mmap.
  detail::chunk* map_chunk(detail::size_class& cls, std::uint64_t generation) {
    const std::size_t stride = cls.stride;
    auto c = std::make_unique<detail::chunk>();
    c->stride = stride;
    if (stride > chunk_bytes_ / 2) {
      c->capacity = 1;
      c->map_bytes = detail::round_up(stride, detail::page_size());
      if (c->map_bytes == 0) throw std::length_error("klass: region size too large");
    } else {
      c->capacity = static_cast<std::uint32_t>(chunk_bytes_ / stride);
      c->map_bytes = detail::round_up(c->capacity * stride, detail::page_size());
    }
    c->free_slots.reset(new std::uint32_t[c->capacity]);
    void* memory = detail::call_mmap(c->map_bytes);
    if (memory == MAP_FAILED) {
      const int error = errno;
      throw_mmap_error(error, c->map_bytes, stride);
    }
    c->base = static_cast<std::byte*>(memory);
    c->generation = generation;
    c->cls = &cls;
    c->all_next = all_;
    if (all_ != nullptr) all_->all_prev = c.get();
    all_ = c.get();
    ++mappings_;
    mapped_bytes_ += c->map_bytes;
    link_available(c.get());
    return c.release();
  }

  [[noreturn]] static void throw_mmap_error(int error, std::size_t bytes, std::size_t stride) {
    detail::throw_errno(error, "mmap of " + std::to_string(bytes) + " bytes (a chunk of regions of " +
                                   std::to_string(stride) + " bytes) failed");
  }

  // Unmaps an empty chunk; if munmap fails, keeps it for trim() to retry.
  void drop(detail::chunk* c) noexcept {
    unlink_available(c);
    if (c->cls->spare == c) {
      c->cls->spare = nullptr;
      --spares_;
    }
    if (detail::call_munmap(c->base, c->map_bytes) != 0) {
      ++unmap_failures_;
      if (!c->pending_unmap) ++pending_unmaps_;
      c->pending_unmap = true;
      return;
    }
    if (c->pending_unmap) --pending_unmaps_;
    if (c->all_prev != nullptr) c->all_prev->all_next = c->all_next;
    else all_ = c->all_next;
    if (c->all_next != nullptr) c->all_next->all_prev = c->all_prev;
    --mappings_;
    mapped_bytes_ -= c->map_bytes;
    delete c;
  }

  void release(detail::chunk* c, std::byte* data) noexcept {
    std::lock_guard hold(mutex_);
    --c->live;
    --live_;
    if (c->generation != detail::generation()) {  // shared with another process: never reused
      if (c->live == 0) drop(c);
      return;
    }
    c->free_slots[c->free_top++] = static_cast<std::uint32_t>(static_cast<std::size_t>(data - c->base) / c->stride);
    if (c->live == 0) {
      unlink_available(c);
      if (c->cls->spare == nullptr && c->capacity > 1) {
        c->cls->spare = c;
        ++spares_;
      } else {
        drop(c);
      }
    } else if (!c->available) {
      link_available(c);
    }
  }

  mutable std::mutex mutex_;
  fork_guard fork_guard_{mutex_};
  std::size_t chunk_bytes_;
  std::map<std::size_t, detail::size_class> classes_;  // by stride; nodes never move
  detail::size_class* last_ = nullptr;
  detail::chunk* all_ = nullptr;
  std::size_t mappings_ = 0, mapped_bytes_ = 0, live_ = 0, spares_ = 0, pending_unmaps_ = 0, unmap_failures_ = 0;
};

inline region arena::acquire(std::size_t size) {
  if (size == 0) throw std::invalid_argument("klass: a region needs at least 1 byte (memory_size is 0)");
  const std::size_t stride = detail::round_up(size, region_alignment);
  if (stride == 0) throw std::length_error("klass: region size too large: " + std::to_string(size) + " bytes");
  std::byte* data = nullptr;
  detail::chunk* c = nullptr;
  bool reused = false;
  {
    std::lock_guard hold(mutex_);
    detail::size_class& cls = class_for(stride);
    const std::uint64_t generation = detail::generation();
    c = cls.available;
    while (c != nullptr && c->generation != generation) {  // mapped before a fork(): no new slots
      detail::chunk* next = c->next;
      unlink_available(c);
      if (c->live == 0) drop(c);
      c = next;
    }
    if (c == nullptr && cls.spare != nullptr) {
      detail::chunk* spare = cls.spare;
      if (spare->generation == generation) {
        cls.spare = nullptr;
        --spares_;
        link_available(spare);
        c = spare;
      } else {
        drop(spare);
      }
    }
    if (c == nullptr) c = map_chunk(cls, generation);
    std::uint32_t index;
    if (c->free_top != 0) {
      index = c->free_slots[--c->free_top];
      reused = true;
    } else {
      index = c->bumped++;
    }
    ++c->live;
    ++live_;
    if (c->free_top == 0 && c->bumped == c->capacity) unlink_available(c);
    data = c->base + static_cast<std::size_t>(index) * c->stride;
  }
  if (reused) std::memset(data, 0, size);  // fresh slots are still the kernel's zero pages
  return region(this, c, data, size);
}

inline void region::reset() noexcept {
  if (owner_ != nullptr) owner_->release(chunk_, data_);
  owner_ = nullptr;
  chunk_ = nullptr;
  data_ = nullptr;
  size_ = 0;
}

// The arena of the whole process. Never destroyed (regions may be released
// during static destruction); its chunks go with the process.
inline arena& default_arena() {
  static arena* const instance = new arena();
  return *instance;
}

}  // namespace klass::runtime

#endif
