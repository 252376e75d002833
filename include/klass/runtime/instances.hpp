// klass/runtime/instances.hpp — per-class instance numbering (the seed's cls.instance_count) and instance names.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_INSTANCES_HPP
#define KLASS_RUNTIME_INSTANCES_HPP

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace klass::runtime {

// The seed's `cls.instance_count`: the number the next instance of a class
// gets. In the seed, `instance_number = cls.instance_count; cls.instance_count
// += 1` reads the attribute through the MRO and writes it on `cls` itself, so
// a subclass counts separately, starting from the count its base had when
// the subclass's first instance was made. `next(inherited)` does exactly that:
// the first call starts from `inherited`; later calls ignore it. Thread-safe;
// numbers are unique per counter.
class instance_counter {
 public:
  constexpr instance_counter() noexcept = default;
  instance_counter(const instance_counter&) = delete;
  instance_counter& operator=(const instance_counter&) = delete;

  // The number for a new instance; the counter moves past it.
  std::uint64_t next(std::uint64_t inherited = 0) noexcept {
    std::uint64_t state = state_.load(std::memory_order_relaxed);
    for (;;) {
      const std::uint64_t number = state == 0 ? inherited : state - 1;
      if (state_.compare_exchange_weak(state, number + 2, std::memory_order_relaxed)) return number;
    }
  }

  // The value of `cls.instance_count` now: what next() would hand out.
  [[nodiscard]] std::uint64_t count(std::uint64_t inherited = 0) const noexcept {
    const std::uint64_t state = state_.load(std::memory_order_relaxed);
    return state == 0 ? inherited : state - 1;
  }

  // Has the class counted an instance of its own (its own `instance_count` attribute)?
  [[nodiscard]] bool started() const noexcept { return state_.load(std::memory_order_relaxed) != 0; }

 private:
  std::atomic<std::uint64_t> state_{0};  // 0: never used; else count + 1
};

// One counter per class type `Class`.
template <class Class>
inline constinit instance_counter instance_counter_of{};

template <class Class>
std::uint64_t next_instance_number(std::uint64_t inherited = 0) noexcept {
  return instance_counter_of<Class>.next(inherited);
}

template <class Class>
std::uint64_t instance_count(std::uint64_t inherited = 0) noexcept {
  return instance_counter_of<Class>.count(inherited);
}

// The seed's instance_name: type(self).__name__ + str(self.instance_number).
inline std::string instance_name(std::string_view class_name, std::uint64_t number) {
  std::string out(class_name);
  out += std::to_string(number);
  return out;
}

}  // namespace klass::runtime

#endif
