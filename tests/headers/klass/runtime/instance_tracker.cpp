// Uses of what <klass/runtime/instance_tracker.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/instance_tracker.hpp>

#include <cstddef>
#include <type_traits>

using namespace klass::literals;

struct Tracked {
  static constexpr auto dict = klass::dict("instance_tracker"_a = klass::runtime::per_class_tracker);
};
inline std::size_t use() {
  klass::runtime::instance_tracker<Tracked>& tracker = klass::runtime::tracker_of<Tracked>();
  return tracker.size() + tracker.contains(0) + tracker.numbers().size();
}
static_assert(std::is_same_v<decltype(klass::runtime::per_class_tracker), const klass::runtime::instance_tracker_t>);
