// klass/runtime/instance_tracker.hpp — `cls.instance_tracker`: number → instance, one per class, and the descriptor that reads as it.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_INSTANCE_TRACKER_HPP
#define KLASS_RUNTIME_INSTANCE_TRACKER_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <klass/klass.hpp>
#include <klass/runtime/fork.hpp>

namespace klass::runtime {

// they are released. Thread-safe; its mutex is held across fork().
template <class C>
class instance_tracker {
 public:
  instance_tracker() = default;
  instance_tracker(const instance_tracker&) = delete;
  instance_tracker& operator=(const instance_tracker&) = delete;

  // tracker[n]: the instance numbered n; throws std::out_of_range (Python's KeyError).
  ref<C> operator[](std::uint64_t number) const {
    std::lock_guard hold(mutex_);
    const auto at = instances_.find(number);
    if (at == instances_.end())
      throw std::out_of_range("klass: KeyError: " + std::to_string(number) + " (no instance of " +
                              std::string(klass::name<C>) + " has that number in its instance_tracker)");
    return at->second;
  }
  [[nodiscard]] bool contains(std::uint64_t number) const {
    std::lock_guard hold(mutex_);
    return instances_.count(number) != 0;
  }
  [[nodiscard]] std::size_t size() const {
    std::lock_guard hold(mutex_);
    return instances_.size();
  }
  // sorted(tracker)
  [[nodiscard]] std::vector<std::uint64_t> numbers() const {
    std::vector<std::uint64_t> out;
    {
      std::lock_guard hold(mutex_);
      out.reserve(instances_.size());
      for (const auto& [number, object] : instances_) out.push_back(number);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // tracker[n] = instance
  void add(std::uint64_t number, ref<C> object) {
    ref<C> replaced;
    {
      std::lock_guard hold(mutex_);
      std::swap(instances_[number], object);
    }
    // `object` now holds what was there: dropped outside the lock.
  }
  // tracker.pop(n, None): the instance, or an empty ref.
  ref<C> erase(std::uint64_t number) {
    std::lock_guard hold(mutex_);
    const auto at = instances_.find(number);
    if (at == instances_.end()) return {};
    ref<C> out = std::move(at->second);
    instances_.erase(at);
    return out;  // dropped by the caller, outside the lock
  }

  // The class's lock, also guarding its registry entries' references (tracked_entry<C>).
  std::mutex& mutex() const noexcept { return mutex_; }

 private:
  mutable std::mutex mutex_;
  fork_guard fork_guard_{mutex_};
  std::unordered_map<std::uint64_t, ref<C>> instances_;
};

// C's tracker. Never destroyed, like the registry: instances stay reachable
// until the process ends.
template <class C>
instance_tracker<C>& tracker_of() {
  static instance_tracker<C>* const instance = new instance_tracker<C>();
  return *instance;
}

// The value of `"instance_tracker"_a`: reads as the tracker of the class used
// (or of the instance's type).
struct instance_tracker_t {
  template <class Instance, class C>
  instance_tracker<C>& get(const Instance&, class_object<C>) const {
    return tracker_of<C>();
  }
};
inline constexpr instance_tracker_t per_class_tracker{};

}  // namespace klass::runtime

#endif
