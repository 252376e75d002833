// klass/runtime/memory.hpp: regions carved from chunks, reuse, unmapping, hooks and faults, 200,000 live regions.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <klass/runtime/memory.hpp>

#include "runtime_support.hpp"

using klass::runtime::arena;
using klass::runtime::region;
using klass_test::counting_hooks;
using klass_test::mapping_counter;

namespace {
bool all_zero(const region& r) {
  return std::all_of(r.data(), r.data() + r.size(), [](std::byte b) { return b == std::byte{0}; });
}
}  // namespace

TEST_CASE("a region is zeroed, aligned and of the requested size") {
  arena a;
  for (std::size_t size : {1u, 63u, 64u, 100u, 4096u, 5000u, 65536u}) {
    region r = a.acquire(size);
    REQUIRE(r);
    CHECK(r.size() == size);
    CHECK(reinterpret_cast<std::uintptr_t>(r.data()) % arena::region_alignment == 0);
    CHECK(all_zero(r));
    std::memset(r.data(), 0x5a, r.size());
    CHECK(r.owner() == &a);
  }
  CHECK(a.stats().live_regions == 0);
}

TEST_CASE("regions of 4 KiB are carved 512 to a mapping and never overlap") {
  counting_hooks hooks;
  {
    arena a;
    std::vector<region> regions;
    for (int i = 0; i != 512; ++i) regions.push_back(a.acquire(4096));
    CHECK(mapping_counter::live_mappings() == 1);
    CHECK(a.stats().mappings == 1);
    CHECK(a.stats().mapped_bytes == arena::default_chunk_bytes);
    regions.push_back(a.acquire(4096));
    CHECK(mapping_counter::live_mappings() == 2);
    std::vector<std::byte*> starts;
    for (auto& r : regions) starts.push_back(r.data());
    std::sort(starts.begin(), starts.end());
    CHECK(std::adjacent_find(starts.begin(), starts.end(), [](std::byte* x, std::byte* y) { return y - x < 4096; }) ==
          starts.end());
    // each region keeps its own bytes
    for (std::size_t i = 0; i != regions.size(); ++i) std::memset(regions[i].data(), static_cast<int>(i & 0xff), 4096);
    for (std::size_t i = 0; i != regions.size(); ++i)
      CHECK(std::all_of(regions[i].data(), regions[i].data() + 4096,
                        [&](std::byte b) { return b == static_cast<std::byte>(i & 0xff); }));
  }
  CHECK(mapping_counter::live_mappings() == 0);
}

TEST_CASE("a released region is reused, zeroed again") {
  arena a;
  region first = a.acquire(4096);
  std::byte* where = first.data();
  std::memset(where, 0xff, 4096);
  region second = a.acquire(4096);
  first.reset();
  CHECK(!first);
  CHECK(a.stats().live_regions == 1);
  region again = a.acquire(4090);  // same stride (4096), same slot
  CHECK(again.data() == where);
  CHECK(all_zero(again));
}

TEST_CASE("empty chunks are unmapped, one spare per size kept until trim()") {
  counting_hooks hooks;
  arena a(64 * 1024);  // 16 regions of 4 KiB per chunk
  {
    std::vector<region> regions;
    for (int i = 0; i != 16 * 3; ++i) regions.push_back(a.acquire(4096));
    CHECK(mapping_counter::live_mappings() == 3);
    regions.clear();
  }
  CHECK(a.stats().live_regions == 0);
  CHECK(a.stats().spare_chunks == 1);
  CHECK(mapping_counter::live_mappings() == 1);
  region r = a.acquire(4096);  // from the spare: no new mapping
  CHECK(mapping_counter::maps == 3);
  r.reset();
  a.trim();
  CHECK(a.stats().mappings == 0);
  CHECK(mapping_counter::live_mappings() == 0);
}

TEST_CASE("a region of half a chunk or more has a mapping of its own, unmapped on release") {
  counting_hooks hooks;
  arena a;
  {
    region big = a.acquire(arena::default_chunk_bytes);
    CHECK(big.size() == arena::default_chunk_bytes);
    CHECK(mapping_counter::live_mappings() == 1);
    region bigger = a.acquire(3 * arena::default_chunk_bytes + 1);
    CHECK(mapping_counter::live_mappings() == 2);
    bigger.data()[bigger.size() - 1] = std::byte{1};
  }
  CHECK(mapping_counter::live_mappings() == 0);
  CHECK(a.stats().spare_chunks == 0);
}

TEST_CASE("sizes that cannot be mapped are refused without a mapping") {
  counting_hooks hooks;
  arena a;
  CHECK_THROWS_AS((void)a.acquire(0), std::invalid_argument);
  CHECK_THROWS_AS((void)a.acquire(SIZE_MAX), std::length_error);
  try {
    (void)a.acquire(std::size_t{1} << 62);  // more than the address space
    FAIL("mapped 4 EiB");
  } catch (const std::system_error& e) {
    CHECK(e.code() == std::errc::not_enough_memory);
    CHECK(std::string(e.what()).find("mmap of") != std::string::npos);
  }
  CHECK(mapping_counter::live_mappings() == 0);
  CHECK(a.stats().mappings == 0);
}

TEST_CASE("regions move; a moved-from region owns nothing") {
  arena a;
  region r = a.acquire(128);
  std::byte* p = r.data();
  region s = std::move(r);
  CHECK(!r);  // NOLINT(bugprone-use-after-move)
  CHECK(s.data() == p);
  region t = a.acquire(128);
  t = std::move(s);  // t's first region goes back
  CHECK(t.data() == p);
  CHECK(a.stats().live_regions == 1);
}

TEST_CASE("hooks are replaceable and restored") {
  const auto before = klass::runtime::get_mmap_hooks();
  {
    counting_hooks hooks;
    CHECK((klass::runtime::get_mmap_hooks().map == &mapping_counter::map));
  }
  CHECK((klass::runtime::get_mmap_hooks().map == before.map));
  CHECK((klass::runtime::get_mmap_hooks().unmap == before.unmap));
}

// A workload that maps several chunks (4 regions per chunk) and releases some.
static void churn(arena& a, std::vector<region>& keep) {
  for (int i = 0; i != 40; ++i) {
    keep.push_back(a.acquire(i % 3 == 0 ? 4096 : 1000));
    if (i % 5 == 4) keep.erase(keep.begin() + i % 4);
  }
  keep.push_back(a.acquire(100000));  // a dedicated mapping
}

TEST_CASE("failing the k-th mmap throws system_error with its errno and leaks nothing") {
  std::size_t total_maps = 0;
  {
    counting_hooks hooks;
    arena a(16 * 1024);
    std::vector<region> keep;
    churn(a, keep);
    total_maps = mapping_counter::maps;
  }
  REQUIRE(total_maps > 5);
  for (std::size_t k = 1; k <= total_maps; ++k) {
    CAPTURE(k);
    counting_hooks hooks(k, 0);
    {
      arena a(16 * 1024);
      std::vector<region> keep;
      const auto live_before = [&] { return a.stats().live_regions; };
      std::size_t live = 0;
      try {
        churn(a, keep);
        FAIL("the failing mmap did not throw");
      } catch (const std::system_error& e) {
        CHECK(e.code().value() == ENOMEM);
        CHECK(e.code().category() == std::generic_category());
        live = live_before();
      }
      CHECK(live == keep.size());  // the failed acquire holds nothing
      CHECK(a.stats().mappings == mapping_counter::live_mappings());
      keep.clear();
      a.trim();
      CHECK(mapping_counter::live_mappings() == 0);
    }
    CHECK(mapping_counter::live_mappings() == 0);
  }
}

TEST_CASE("failing the k-th munmap keeps the chunk for trim() and leaks nothing") {
  std::size_t total_unmaps = 0;
  {
    counting_hooks hooks;
    arena a(16 * 1024);
    std::vector<region> keep;
    churn(a, keep);
    keep.clear();
    total_unmaps = mapping_counter::unmaps;
  }
  REQUIRE(total_unmaps >= 3);
  for (std::size_t k = 1; k <= total_unmaps; ++k) {
    CAPTURE(k);
    counting_hooks hooks(0, k);
    {
      arena a(16 * 1024);
      std::vector<region> keep;
      churn(a, keep);
      keep.clear();
      const auto stats = a.stats();
      CHECK(stats.unmap_failures == 1);
      CHECK(stats.pending_unmaps == 1);
      CHECK(stats.live_regions == 0);
      CHECK(stats.mappings == mapping_counter::live_mappings());
      CHECK(stats.mappings == stats.pending_unmaps + stats.spare_chunks);
      a.trim();  // the retry succeeds, the spares go too
      CHECK(a.stats().pending_unmaps == 0);
      CHECK(a.stats().mappings == 0);
      CHECK(mapping_counter::live_mappings() == 0);
    }
    CHECK(mapping_counter::live_mappings() == 0);
  }
}

TEST_CASE("a chunk whose munmap failed is unmapped by the arena's destructor") {
  counting_hooks hooks(0, 1);
  {
    arena a;
    { region r = a.acquire(arena::default_chunk_bytes); }  // dedicated: munmap on release fails
    CHECK(a.stats().pending_unmaps == 1);
    CHECK(mapping_counter::live_mappings() == 1);
  }
  CHECK(mapping_counter::live_mappings() == 0);
}

TEST_CASE("200,000 live regions of 4 KiB fit in one process") {
  // One mmap per region would stop at vm.max_map_count (65,530 by default).
  constexpr std::size_t count = 200'000;
  const auto start = std::chrono::steady_clock::now();
  counting_hooks hooks;
  {
    arena a;
    std::vector<region> regions;
    regions.reserve(count);
    for (std::size_t i = 0; i != count; ++i) regions.push_back(a.acquire(4096));
    CHECK(a.stats().live_regions == count);
    CHECK(mapping_counter::live_mappings() == (count + 511) / 512);
    // Touch a sample (all 200,000 would make 800 MB resident) and check it.
    for (std::size_t i = 0; i < count; i += 97) std::memcpy(regions[i].data(), &i, sizeof i);
    for (std::size_t i = 0; i < count; i += 97) {
      std::size_t back = 0;
      std::memcpy(&back, regions[i].data(), sizeof back);
      if (back != i) FAIL("region " << i << " lost its bytes");
    }
    std::vector<std::byte*> starts;
    starts.reserve(count);
    for (auto& r : regions) starts.push_back(r.data());
    std::sort(starts.begin(), starts.end());
    CHECK(std::adjacent_find(starts.begin(), starts.end(),
                             [](std::byte* x, std::byte* y) { return y - x < 4096; }) == starts.end());
  }
  CHECK(mapping_counter::live_mappings() == 0);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("200,000 regions acquired, checked and released in " << seconds << " s");
#ifndef KLASS_TEST_SANITIZED
  CHECK(seconds < 5.0);
#endif
}

TEST_CASE("threads acquiring and releasing at once never share a region") {
  arena a(64 * 1024);
  constexpr int threads = 4;
  constexpr int rounds = 5000;
  std::vector<std::thread> pool;
  std::vector<int> errors(threads, 0);
  for (int t = 0; t != threads; ++t) {
    pool.emplace_back([&, t] {
      std::vector<region> mine;
      for (int i = 0; i != rounds; ++i) {
        mine.push_back(a.acquire(i % 2 ? 4096 : 512));
        std::memset(mine.back().data(), t + 1, mine.back().size());
        if (i % 3 == 2) mine.erase(mine.begin() + (i % static_cast<int>(mine.size())));
      }
      for (auto& r : mine)
        if (!std::all_of(r.data(), r.data() + r.size(), [&](std::byte b) { return b == std::byte(t + 1); }))
          ++errors[static_cast<std::size_t>(t)];
    });
  }
  for (auto& th : pool) th.join();
  for (int e : errors) CHECK(e == 0);
  CHECK(a.stats().live_regions == 0);
}
