// Uses of what <klass/runtime/memory.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/memory.hpp>

#include <cstddef>

inline std::size_t use() {
  klass::runtime::arena arena;
  klass::runtime::region region = arena.acquire(klass::runtime::default_memory_size);
  klass::runtime::arena_stats stats = arena.stats();
  klass::runtime::scoped_mmap_hooks hooks(klass::runtime::get_mmap_hooks());
  static_cast<void>(klass::runtime::default_arena());
  return region.size() + stats.live_regions;
}
