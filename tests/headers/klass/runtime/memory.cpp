// Uses of what <klass/runtime/memory.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/memory.hpp>

#include <cstddef>

inline std::size_t use() {
  klass::runtime::arena arena;
  klass::runtime::region region = arena.acquire(klass::runtime::default_memory_size);
  klass::runtime::arena_stats stats = arena.stats();
  klass::runtime::mmap_hooks current = klass::runtime::get_mmap_hooks();
  klass::runtime::mmap_function map = current.map;
  klass::runtime::munmap_function unmap = current.unmap;
  klass::runtime::set_mmap_hooks({map, unmap});
  klass::runtime::scoped_mmap_hooks hooks(current);
  static_cast<void>(klass::runtime::default_arena());
  return region.size() + stats.live_regions;
}
