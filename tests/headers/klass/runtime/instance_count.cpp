// Uses of what <klass/runtime/instance_count.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/instance_count.hpp>

#include <cstdint>
#include <type_traits>

using namespace klass::literals;

struct Counted {
  static constexpr auto dict = klass::dict("instance_count"_a = klass::runtime::own_instance_count);
};
inline std::uint64_t use() {
  const std::uint64_t number = klass::runtime::take_instance_number<Counted>();
  return number + klass::runtime::count_of<Counted>();
}
static_assert(std::is_same_v<decltype(klass::runtime::own_instance_count), const klass::runtime::instance_count_t>);
