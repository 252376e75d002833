// klass/runtime/registry.hpp — the process-wide name → entry registry (the seed's Component_Resolve and Component_Memory) and send_to.
#ifndef KLASS_RUNTIME_REGISTRY_HPP
#define KLASS_RUNTIME_REGISTRY_HPP

#include <atomic>
#include <concepts>
#include <cstddef>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
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
class entry_init {
 private:
  friend class registry;
  friend class entry;
  entry_init(std::string name, region memory) noexcept : name_(std::move(name)), memory_(std::move(memory)) {}
  std::string name_;
  region memory_;
};

// A named owner of a region whose bytes hold its mailbox. Derive from it to
// attach more (constructor: `explicit E(entry_init&& init, Args...) : entry(std::move(init))`).
class entry {
 public:
  explicit entry(entry_init&& init)
      : name_(std::move(init.name_)), memory_(std::move(init.memory_)), mailbox_(memory_.bytes()) {}
  entry(const entry&) = delete;
  entry& operator=(const entry&) = delete;
  virtual ~entry() = default;

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] runtime::mailbox mailbox() const noexcept { return mailbox_; }
  [[nodiscard]] const region& memory() const noexcept { return memory_; }
  [[nodiscard]] std::size_t memory_size() const noexcept { return memory_.size(); }
  // Still reachable by name (not yet released)?
  [[nodiscard]] bool registered() const noexcept { return registered_.load(std::memory_order_acquire); }

  // Appends a message to this entry's mailbox (message_too_large names it).
  void send(std::string_view message) { mailbox_.send(message, name_); }
  // The seed's read_messages(): every waiting message, in arrival order.
  [[nodiscard]] std::vector<std::string> read_messages() { return mailbox_.read_all(); }

 private:
  friend class registry;
  std::string name_;
  region memory_;
  runtime::mailbox mailbox_;
  std::atomic<bool> registered_{false};
};

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
  template <class E = entry, class... Args>
    requires std::derived_from<E, entry> && std::constructible_from<E, entry_init&&, Args&&...>
  std::shared_ptr<E> create(std::string_view name, std::size_t memory_size = default_memory_size,
                            Args&&... args) {
    if (memory_size < mailbox::header_bytes)
      throw std::invalid_argument("klass: memory_size " + std::to_string(memory_size) + " of " +
                                  detail::quoted(name) + " is too small: a mailbox needs at least " +
                                  std::to_string(mailbox::header_bytes) + " bytes");
    if (contains(name)) throw duplicate_name(name);  // before mapping anything
    std::string key(name);
    std::shared_ptr<E> made =
        std::make_shared<E>(entry_init(std::move(key), arena_->acquire(memory_size)), std::forward<Args>(args)...);
    {
      std::lock_guard hold(mutex_);
      // The key views the entry's own name, alive as long as the entry is mapped.
      auto [at, inserted] = entries_.try_emplace(std::string_view(made->name()), made);
      if (!inserted) throw duplicate_name(name);  // lost a race; `made` is unmapped after the unlock
      (void)at;
      made->registered_.store(true, std::memory_order_release);
    }
    return made;
  }

  // The entry named `name`, or nullptr.
  [[nodiscard]] std::shared_ptr<entry> try_find(std::string_view name) const {
    std::lock_guard hold(mutex_);
    auto at = entries_.find(name);
    return at == entries_.end() ? nullptr : at->second;
  }

  // The entry named `name`; throws unknown_name.
  [[nodiscard]] std::shared_ptr<entry> find(std::string_view name) const {
    if (auto found = try_find(name)) return found;
    throw unknown_name(name);
  }

  [[nodiscard]] bool contains(std::string_view name) const {
    std::lock_guard hold(mutex_);
    return entries_.find(name) != entries_.end();
  }

  // Unregisters `name` (throws unknown_name) and returns its entry, so its
  // waiting messages can still be read; dropping the result frees its memory
  // unless someone else holds it.
  std::shared_ptr<entry> release(std::string_view name) {
    std::shared_ptr<entry> out;
    {
      std::lock_guard hold(mutex_);
      auto at = entries_.find(name);
      if (at == entries_.end()) throw unknown_name(name);
      out = std::move(at->second);
      entries_.erase(at);
      out->registered_.store(false, std::memory_order_release);
    }
    return out;
  }

  // Unregisters every entry; returns how many.
  std::size_t clear() {
    std::unordered_map<std::string_view, std::shared_ptr<entry>> gone;
    {
      std::lock_guard hold(mutex_);
      gone.swap(entries_);
      for (auto& [name, e] : gone) e->registered_.store(false, std::memory_order_release);
    }
    return gone.size();  // the entries are dropped here, outside the lock
  }

  // The seed's send_to: appends `message` to the mailbox of the entry named
  // `name`. Throws unknown_name, or message_too_large (mailbox unchanged).
  void send_to(std::string_view name, std::string_view message) const { find(name)->send(message); }

  // The messages waiting for `name`, in arrival order; empties its mailbox.
  [[nodiscard]] std::vector<std::string> read_messages(std::string_view name) const {
    return find(name)->read_messages();
  }

  [[nodiscard]] std::size_t size() const {
    std::lock_guard hold(mutex_);
    return entries_.size();
  }

  [[nodiscard]] std::vector<std::string> names() const {
    std::lock_guard hold(mutex_);
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& item : entries_) out.emplace_back(item.first);
    return out;
  }

  [[nodiscard]] arena& memory() const noexcept { return *arena_; }

 private:
  arena* arena_;
  mutable std::mutex mutex_;
  fork_guard fork_guard_{mutex_};
  std::unordered_map<std::string_view, std::shared_ptr<entry>> entries_;
};

// The registry of the whole process (the seed's Component_Resolve), on
// default_arena(). Never destroyed, like the arena under it.
inline registry& default_registry() {
  static registry* const instance = new registry(default_arena());
  return *instance;
}

// send_to on default_registry().
inline void send_to(std::string_view name, std::string_view message) { default_registry().send_to(name, message); }

}  // namespace klass::runtime

#endif
