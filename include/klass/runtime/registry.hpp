// klass/runtime/registry.hpp — the process-wide name → entry registry (the seed's Component_Resolve and Component_Memory) and send_to.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_REGISTRY_HPP
#define KLASS_RUNTIME_REGISTRY_HPP

#include <atomic>
#include <concepts>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <klass/runtime/errors.hpp>
#include <klass/runtime/fork.hpp>
#include <klass/runtime/mailbox.hpp>
#include <klass/runtime/memory.hpp>

// Ownership: the registry holds a std::shared_ptr to each entry; lookups hand
// out more. Releasing a name removes it from the registry at once (later
// lookups and sends fail with unknown_name), while holders of the entry —
// a sender in the middle of send_to among them — keep a valid mailbox until
// they let go; the region goes back to the arena with the last holder, and
// messages still waiting then are dropped. The registry's lock is never held
// while a mailbox is written or a region mapped or released.

namespace klass::runtime {

class registry;

// What a registry passes to an entry's constructor: its name and its memory.
// Only a registry makes one, so every entry is registered when it is born.
class registry_entry_init {
 private:
  friend class registry;
  friend class registry_entry;
  registry_entry_init(std::string name, region memory) noexcept : name_(std::move(name)), memory_(std::move(memory)) {}
  std::string name_;
  region memory_;
};

// A named owner of a region whose bytes hold its mailbox. Derive from it to
// attach more (constructor: `explicit E(registry_entry_init&& init, Args...) : registry_entry(std::move(init))`).
class registry_entry {
 public:
  explicit registry_entry(registry_entry_init&& init)
      : name_(std::move(init.name_)), memory_(std::move(init.memory_)), mailbox_(memory_.bytes()) {}
  registry_entry(const registry_entry&) = delete;
  registry_entry& operator=(const registry_entry&) = delete;
  virtual ~registry_entry() = default;

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] runtime::mailbox mailbox() const noexcept { return mailbox_; }
  [[nodiscard]] const region& memory() const noexcept { return memory_; }
  [[nodiscard]] std::size_t memory_size() const noexcept { return memory_.size(); }
  // Still reachable by name (not yet released)?
  [[nodiscard]] bool registered() const noexcept { return registered_.load(std::memory_order_acquire); }

  // Appends a message to this entry's mailbox (message_too_large names it).
  void send(std::string_view message) { mailbox_.send(message, name_); }
  // The same, sleeping until there is room or `timeout` passes (false then; nothing written).
  bool send(std::string_view message, mailbox::duration timeout) { return mailbox_.send(message, timeout, name_); }
  // The seed's read_messages(): every waiting message, in arrival order.
  [[nodiscard]] std::vector<std::string> read_messages() { return mailbox_.read_all(); }
  // read_messages() after sleeping until a message arrives or `timeout` passes (then: empty).
  [[nodiscard]] std::vector<std::string> wait_messages(mailbox::duration timeout) {
    return mailbox_.read_all(timeout);
  }

 protected:
  // Called once when the registry lets the name go (release or clear), after
  // the registry's lock is released. A derived entry that holds its owner
  // (klass::runtime::tracked_entry, base.hpp) drops it here.
  virtual void released() noexcept {}

 private:
  friend class registry;
  std::string name_;
  region memory_;
  runtime::mailbox mailbox_;
  std::atomic<bool> registered_{false};
};

namespace detail {

// Name → std::shared_ptr<Entry>, open addressing with linear probing over a
// power-of-two array of {hash, pointer} (at most half full), and backward-shift
// deletion, so there are no tombstones. A lookup touches one slot, usually,
// and an entry's name only when the hashes match. Callers pass the hash
// (std::hash<std::string_view>), so a test can force collisions.
template <class Entry>
class name_table {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  [[nodiscard]] std::size_t size() const noexcept { return size_; }

  [[nodiscard]] std::size_t find(std::string_view name, std::size_t hash) const noexcept {
    if (size_ == 0) return npos;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (!s.value) return npos;
      if (s.hash == hash && s.value->name() == name) return i;
    }
  }

  [[nodiscard]] const std::shared_ptr<Entry>& at(std::size_t index) const noexcept { return slots_[index].value; }

  // Adds `value` (its name must not be in the table). Strong guarantee: if
  // growing throws std::bad_alloc, nothing changed.
  void insert(std::shared_ptr<Entry> value, std::size_t hash) {
    if ((size_ + 1) * 2 > capacity()) grow();
    std::size_t i = hash & mask_;
    while (slots_[i].value) i = (i + 1) & mask_;
    slots_[i].hash = hash;
    slots_[i].value = std::move(value);
    ++size_;
  }

  // Removes the entry at `index` and returns it.
  std::shared_ptr<Entry> erase(std::size_t index) noexcept {
    std::shared_ptr<Entry> out = std::move(slots_[index].value);
    --size_;
    // Backward shift: pull later slots of the same probe run into the hole.
    for (std::size_t hole = index, j = (index + 1) & mask_; slots_[j].value; j = (j + 1) & mask_) {
      const std::size_t home = slots_[j].hash & mask_;
      // slot j may move to the hole unless its home lies cyclically in (hole, j]
      const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
      if (stays) continue;
      slots_[hole] = std::move(slots_[j]);
      hole = j;
    }
    return out;
  }

  template <class Visit>
  void for_each(Visit visit) const {
    for (std::size_t i = 0; i != capacity(); ++i)
      if (slots_[i].value) visit(slots_[i].value);
  }

  void swap(name_table& other) noexcept {
    slots_.swap(other.slots_);
    std::swap(mask_, other.mask_);
    std::swap(size_, other.size_);
  }

 private:
  struct slot {
    std::size_t hash = 0;
    std::shared_ptr<Entry> value;
  };

  [[nodiscard]] std::size_t capacity() const noexcept { return slots_ ? mask_ + 1 : 0; }

  void grow() {
    const std::size_t bigger = capacity() == 0 ? 16 : capacity() * 2;
    std::unique_ptr<slot[]> fresh(new slot[bigger]);  // may throw: nothing moved yet
    for (std::size_t i = 0; i != capacity(); ++i) {
      if (!slots_[i].value) continue;
      std::size_t j = slots_[i].hash & (bigger - 1);
      while (fresh[j].value) j = (j + 1) & (bigger - 1);
      fresh[j] = std::move(slots_[i]);
    }
    slots_ = std::move(fresh);
    mask_ = bigger - 1;
  }

  std::unique_ptr<slot[]> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

inline std::size_t hash_name(std::string_view name) noexcept { return std::hash<std::string_view>{}(name); }

}  // namespace detail

// Name → entry. Thread-safe: one mutex, held across fork() and only for the
// map itself (a lookup is a hash and a shared_ptr copy).
class registry {
 public:
  explicit registry(arena& memory = default_arena()) : arena_(&memory) {}
  registry(const registry&) = delete;
  registry& operator=(const registry&) = delete;
  ~registry() = default;

  // Maps `memory_size` bytes and registers a new E under `name`. Throws
  // duplicate_name if the name is taken, std::system_error if mmap fails,
  // std::invalid_argument if memory_size cannot hold a mailbox; in every
  // case nothing is registered and no memory is kept.
  template <class E = registry_entry, class... Args>
    requires std::derived_from<E, registry_entry> && std::constructible_from<E, registry_entry_init&&, Args&&...>
  std::shared_ptr<E> create(std::string_view name, std::size_t memory_size = default_memory_size,
                            Args&&... args) {
    if (memory_size < mailbox::header_bytes)
      throw std::invalid_argument("klass: memory_size " + std::to_string(memory_size) + " of " +
                                  detail::quoted(name) + " is too small: a mailbox needs at least " +
                                  std::to_string(mailbox::header_bytes) + " bytes");
    const std::size_t hash = detail::hash_name(name);
    // Mapped first, then registered under the lock; a duplicate gives the
    // region back (`made` is destroyed after the unlock).
    std::shared_ptr<E> made = std::make_shared<E>(registry_entry_init(std::string(name), arena_->acquire(memory_size)),
                                                  std::forward<Args>(args)...);
    {
      std::lock_guard hold(mutex_);
      if (entries_.find(name, hash) != entries_.npos) throw duplicate_name(name);
      entries_.insert(made, hash);
      made->registered_.store(true, std::memory_order_release);
    }
    return made;
  }

  // The entry named `name`, or nullptr.
  [[nodiscard]] std::shared_ptr<registry_entry> try_find(std::string_view name) const {
    const std::size_t hash = detail::hash_name(name);
    std::lock_guard hold(mutex_);
    const std::size_t at = entries_.find(name, hash);
    return at == entries_.npos ? nullptr : entries_.at(at);
  }

  // The entry named `name`; throws unknown_name.
  [[nodiscard]] std::shared_ptr<registry_entry> find(std::string_view name) const {
    if (auto found = try_find(name)) return found;
    throw unknown_name(name);
  }

  [[nodiscard]] bool contains(std::string_view name) const {
    const std::size_t hash = detail::hash_name(name);
    std::lock_guard hold(mutex_);
    return entries_.find(name, hash) != entries_.npos;
  }

  // Unregisters `name` (throws unknown_name) and returns its entry, so its
  // waiting messages can still be read; dropping the result frees its memory
  // unless someone else holds it.
  std::shared_ptr<registry_entry> release(std::string_view name) {
    const std::size_t hash = detail::hash_name(name);
    std::shared_ptr<registry_entry> out;
    {
      std::lock_guard hold(mutex_);
      const std::size_t at = entries_.find(name, hash);
      if (at == entries_.npos) throw unknown_name(name);
      out = entries_.erase(at);
      out->registered_.store(false, std::memory_order_release);
    }
    out->released();
    return out;  // the memory goes back to the arena outside the lock, if this was the last holder
  }

  // Unregisters every entry; returns how many.
  std::size_t clear() {
    detail::name_table<registry_entry> gone;
    {
      std::lock_guard hold(mutex_);
      gone.swap(entries_);
      gone.for_each([](const std::shared_ptr<registry_entry>& e) { e->registered_.store(false, std::memory_order_release); });
    }
    gone.for_each([](const std::shared_ptr<registry_entry>& e) { e->released(); });
    return gone.size();  // the entries are dropped here, outside the lock
  }

  // The seed's send_to: appends `message` to the mailbox of the entry named
  // `name`. Throws unknown_name, or message_too_large (mailbox unchanged).
  void send_to(std::string_view name, std::string_view message) const { find(name)->send(message); }
  // The same, sleeping until there is room or `timeout` passes (false then; nothing written).
  bool send_to(std::string_view name, std::string_view message, mailbox::duration timeout) const {
    return find(name)->send(message, timeout);
  }

  // The messages waiting for `name`, in arrival order; empties its mailbox.
  [[nodiscard]] std::vector<std::string> read_messages(std::string_view name) const {
    return find(name)->read_messages();
  }
  // The same, sleeping until a message arrives or `timeout` passes (then: empty).
  [[nodiscard]] std::vector<std::string> wait_messages(std::string_view name, mailbox::duration timeout) const {
    return find(name)->wait_messages(timeout);
  }

  [[nodiscard]] std::size_t size() const {
    std::lock_guard hold(mutex_);
    return entries_.size();
  }

  [[nodiscard]] std::vector<std::string> names() const {
    std::lock_guard hold(mutex_);
    std::vector<std::string> out;
    out.reserve(entries_.size());
    entries_.for_each([&](const std::shared_ptr<registry_entry>& e) { out.emplace_back(e->name()); });
    return out;
  }

  [[nodiscard]] arena& memory() const noexcept { return *arena_; }

 private:
  arena* arena_;
  mutable std::mutex mutex_;
  fork_guard fork_guard_{mutex_};
  detail::name_table<registry_entry> entries_;
};

// The registry of the whole process (the seed's Component_Resolve), on
// default_arena(). Never destroyed, like the arena under it.
inline registry& default_registry() {
  static registry* const instance = new registry(default_arena());
  return *instance;
}

// send_to on default_registry().
inline void send_to(std::string_view name, std::string_view message) { default_registry().send_to(name, message); }
inline bool send_to(std::string_view name, std::string_view message, mailbox::duration timeout) {
  return default_registry().send_to(name, message, timeout);
}

}  // namespace klass::runtime

#endif
