// klass/runtime/tracked_entry.hpp — registry entries that hold their instance (Component_Resolve[name] = self), resolve<C>(name), and release.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_TRACKED_ENTRY_HPP
#define KLASS_RUNTIME_TRACKED_ENTRY_HPP

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include <klass/klass.hpp>
#include <klass/runtime/errors.hpp>
#include <klass/runtime/instance_tracker.hpp>
#include <klass/runtime/registry.hpp>

namespace klass::runtime {

using klass::literals::operator""_a;

// ---- registry entries that hold their instance ------------------------------

// A registry entry (name, memory, mailbox) of an instance of some tracked class.
class tracked_entry_base : public registry_entry {
 public:
  using registry_entry::registry_entry;
  [[nodiscard]] virtual std::string_view class_name() const noexcept = 0;
};

// Component_Resolve[name] = self: the entry holds the instance, so that an
// instance nobody else keeps stays reachable by name. The instance holds the
// entry (its memory); released() breaks that cycle when the name is released.
template <class C>
class tracked_entry final : public tracked_entry_base {
 public:
  tracked_entry(registry_entry_init&& init, ref<C> object) : tracked_entry_base(std::move(init)), object_(std::move(object)) {}

  [[nodiscard]] std::string_view class_name() const noexcept override { return klass::name<C>; }

  // The instance; empty once released.
  [[nodiscard]] ref<C> object() const {
    std::lock_guard hold(tracker_of<C>().mutex());
    return object_;
  }

 protected:
  void released() noexcept override {
    ref<C> gone;
    {
      std::lock_guard hold(tracker_of<C>().mutex());
      gone = std::exchange(object_, ref<C>{});
    }
  }  // `gone` is dropped here, outside the lock; it may be the instance's last reference

 private:
  ref<C> object_;
};

// Component_Resolve[name], as an instance of C: throws unknown_name if nothing
// is registered under `name`, klass::type_error if an instance of another class is.
template <class C>
ref<C> resolve(std::string_view name, const registry& names = default_registry()) {
  std::shared_ptr<registry_entry> found = names.find(name);
  if (auto* mine = dynamic_cast<tracked_entry<C>*>(found.get()))
    if (ref<C> object = mine->object(); object.get() != nullptr) return object;
  std::string message = "klass: " + detail::quoted(name) + " is ";
  if (auto* other = dynamic_cast<tracked_entry_base*>(found.get()))
    message.append("an instance of ").append(other->class_name());
  else
    message.append("not a tracked instance");
  message.append(", not of ").append(klass::name<C>);
  throw klass::type_error(message);
}

// The same, or an empty ref.
template <class C>
ref<C> try_resolve(std::string_view name, const registry& names = default_registry()) {
  std::shared_ptr<registry_entry> found = names.try_find(name);
  if (auto* mine = dynamic_cast<tracked_entry<C>*>(found.get())) return mine->object();
  return {};
}

// The explicit end of a tracked instance: del Component_Resolve[name] and
// del cls.instance_tracker[number]. Its name is free at once (later sends to it
// fail with unknown_name); the instance itself lives on while the caller holds
// it, and keeps its memory, so the messages it has not read can still be read.
// It is destroyed, and its memory given back, with its last reference.
// Releasing an instance not (or no longer) registered only removes it from its tracker.
template <class C>
void release(instance<C>& self) {
  if (klass::hasattr(self, "memory"_a)) {
    const std::shared_ptr<registry_entry>& memory = klass::getattr(self, "memory"_a);
    if (memory && memory->registered()) {
      try {
        static_cast<void>(default_registry().release(memory->name()));
      } catch (const unknown_name&) {
        // released meanwhile by another thread
      }
    }
  }
  const ref<C> was = tracker_of<C>().erase(klass::getattr(self, "instance_number"_a));
}
template <class C>
void release(const ref<C>& self) {
  release(*self);
}

}  // namespace klass::runtime

#endif
