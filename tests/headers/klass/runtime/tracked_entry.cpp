// Uses of what <klass/runtime/tracked_entry.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/tracked_entry.hpp>

#include <cstdint>
#include <memory>
#include <type_traits>

using namespace klass::literals;

// What klass::runtime::Base gives its instances (<klass/runtime/base.hpp>): a number, registered memory.
struct T {
  static constexpr auto dict = klass::dict("instance_number"_a = klass::field<std::uint64_t>,
                                           "memory"_a = klass::field<std::shared_ptr<klass::runtime::registry_entry>>);
};
inline bool use() {
  klass::runtime::registry names;
  klass::ref<T> t(*new klass::instance<T>());
  klass::setattr(t, "instance_number"_a, std::uint64_t{0});
  std::shared_ptr<klass::runtime::registry_entry> entry = names.create<klass::runtime::tracked_entry<T>>("T0", 4096, t);
  klass::setattr(t, "memory"_a, entry);
  static_assert(std::is_base_of_v<klass::runtime::tracked_entry_base, klass::runtime::tracked_entry<T>>);
  bool found = klass::is(klass::runtime::resolve<T>("T0", names), t) && klass::runtime::try_resolve<T>("T0", names);
  klass::runtime::release(t);
  return found;
}
