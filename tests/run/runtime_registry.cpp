// klass/runtime/registry.hpp: names, send_to, unknown and duplicate names, release, faults, races, 200,000 entries.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <klass/runtime/registry.hpp>

#include "runtime_support.hpp"

using klass::runtime::arena;
using klass::runtime::duplicate_name;
using klass::runtime::registry_entry;
using klass::runtime::registry_entry_init;
using klass::runtime::registry;
using klass::runtime::unknown_name;
using klass_test::counting_hooks;
using klass_test::mapping_counter;

TEST_CASE("the seed's walk-through: an instance found by name, a message sent and read back") {
  arena memory;
  registry names(memory);
  names.create("Base0");  // not kept by the caller: still reachable by name
  auto c = names.create("Base1");
  auto b = names.find("Base0");
  CHECK(b->name() == "Base0");
  CHECK(b->memory_size() == 4096);
  CHECK(b->registered());
  names.send_to("Base0", "this is a test message!");
  CHECK(b->read_messages() == std::vector<std::string>{"this is a test message!"});
  CHECK(names.read_messages("Base0").empty());
  CHECK(names.size() == 2);
  CHECK(memory.stats().live_regions == 2);
}

TEST_CASE("memory_size is per entry") {
  arena memory;
  registry names(memory);
  auto big = names.create("Big", 65536);
  CHECK(big->memory_size() == 65536);
  CHECK(big->mailbox().capacity() == 65536 - klass::runtime::mailbox::header_bytes);
  big->send(std::string(60000, 'x'));
  CHECK(big->read_messages().front().size() == 60000);
  CHECK_THROWS_AS(names.create("Tiny", 31), std::invalid_argument);
  CHECK(!names.contains("Tiny"));
  CHECK(names.create("Smallest", 32)->mailbox().capacity() == 0);
}

TEST_CASE("sending to an unknown name is an error naming it; nothing is created") {
  arena memory;
  registry names(memory);
  try {
    names.send_to("Base7", "hello");
    FAIL("sent to nobody");
  } catch (const std::out_of_range& e) {
    CHECK(std::string(e.what()) == "klass: unknown name 'Base7': no live instance is registered under it");
    REQUIRE(dynamic_cast<const unknown_name*>(&e) != nullptr);
    CHECK(dynamic_cast<const unknown_name&>(e).name() == "Base7");
  }
  CHECK_THROWS_AS((void)names.find("Base7"), unknown_name);
  CHECK(names.try_find("Base7") == nullptr);
  CHECK_THROWS_AS((void)names.read_messages("Base7"), unknown_name);
  CHECK_THROWS_WITH_AS(names.send_to(std::string("a\0b\n", 4), "x"),
                       "klass: unknown name 'a\\x00b\\n': no live instance is registered under it", unknown_name);
  CHECK(names.size() == 0);
  CHECK(memory.stats().live_regions == 0);
}

TEST_CASE("an entry can send to itself") {
  arena memory;
  registry names(memory);
  auto me = names.create("Self");
  names.send_to(me->name(), "note to self");
  me->send("and another");
  CHECK(me->read_messages() == std::vector<std::string>{"note to self", "and another"});
}

TEST_CASE("a message too large for the recipient names it and changes nothing") {
  arena memory;
  registry names(memory);
  auto r = names.create("Base3", 128);
  names.send_to("Base3", "kept");
  const auto bytes = r->memory().bytes();
  const std::vector<std::byte> before(bytes.begin(), bytes.end());
  CHECK_THROWS_WITH_AS(names.send_to("Base3", std::string(100, 'x')),
                       "klass: a message of 100 bytes does not fit in the mailbox of 'Base3': it needs 112 "
                       "bytes with its framing and 80 of 96 are free",
                       klass::runtime::message_too_large);
  CHECK(std::vector<std::byte>(bytes.begin(), bytes.end()) == before);
  CHECK(r->read_messages() == std::vector<std::string>{"kept"});
}

TEST_CASE("a duplicate name is refused; the first entry is untouched and no memory is kept") {
  arena memory;
  registry names(memory);
  auto first = names.create("Base0");
  first->send("pending");
  CHECK_THROWS_WITH_AS(names.create("Base0"), "klass: the name 'Base0' is already registered; release it first",
                       duplicate_name);
  CHECK_THROWS_AS(names.create("Base0", 65536), std::invalid_argument);  // duplicate_name is one
  CHECK(names.find("Base0") == first);
  CHECK(first->read_messages() == std::vector<std::string>{"pending"});
  CHECK(memory.stats().live_regions == 1);
}

TEST_CASE("a released name is unknown; it can be created again, fresh") {
  arena memory;
  registry names(memory);
  auto old = names.create("Base0");
  names.release("Base0");
  CHECK(!old->registered());
  CHECK(!names.contains("Base0"));
  CHECK_THROWS_AS(names.send_to("Base0", "late"), unknown_name);
  CHECK_THROWS_AS(names.release("Base0"), unknown_name);
  auto again = names.create("Base0");
  CHECK(again != old);
  CHECK(again->mailbox().pending() == 0);
  old->send("only the holder sees this");
  CHECK(again->read_messages().empty());
}

TEST_CASE("releasing with messages pending: the released entry still reads them; dropping it frees the memory") {
  arena memory;
  registry names(memory);
  names.create("Base0");
  names.send_to("Base0", "one");
  names.send_to("Base0", "two");
  auto released = names.release("Base0");
  CHECK(memory.stats().live_regions == 1);
  CHECK(released->read_messages() == std::vector<std::string>{"one", "two"});
  released.reset();
  CHECK(memory.stats().live_regions == 0);

  names.create("Base1");
  names.send_to("Base1", "never read");
  names.release("Base1");  // result dropped: the pending message goes with the memory
  CHECK(memory.stats().live_regions == 0);
  CHECK(names.create("Base1")->read_messages().empty());
}

TEST_CASE("clear() unregisters everything") {
  arena memory;
  registry names(memory);
  auto kept = names.create("A");
  names.create("B");
  CHECK(names.clear() == 2);
  CHECK(names.size() == 0);
  CHECK(!kept->registered());
  CHECK(memory.stats().live_regions == 1);  // `kept` still holds A
}

namespace {
struct tracked : registry_entry {
  tracked(registry_entry_init&& init, int number) : registry_entry(std::move(init)), number(number) {}
  int number;
};
}  // namespace

TEST_CASE("entries can carry more: a derived entry type") {
  arena memory;
  registry names(memory);
  std::shared_ptr<tracked> t = names.create<tracked>("Tracked0", 4096, 42);
  CHECK(t->number == 42);
  auto found = std::dynamic_pointer_cast<tracked>(names.find("Tracked0"));
  REQUIRE(found);
  CHECK(found->number == 42);
}

TEST_CASE("a failing k-th mmap during creation registers nothing and leaks nothing") {
  for (std::size_t k = 1; k <= 4; ++k) {
    CAPTURE(k);
    counting_hooks hooks(k, 0);
    {
      arena memory(8192);  // 2 regions of 4 KiB per mapping
      registry names(memory);
      std::size_t created = 0;
      try {
        for (; created != 10; ++created) names.create("Base" + std::to_string(created));
        FAIL("no mmap failed");
      } catch (const std::system_error& e) {
        CHECK(e.code().value() == ENOMEM);
      }
      CHECK(created == 2 * (k - 1));
      CHECK(names.size() == created);
      CHECK(!names.contains("Base" + std::to_string(created)));
      CHECK(memory.stats().live_regions == created);
      names.create("Base" + std::to_string(created));  // the name is free, the next mmap works
      names.clear();
      memory.trim();
      CHECK(mapping_counter::live_mappings() == 0);
    }
    CHECK(mapping_counter::live_mappings() == 0);
  }
}

TEST_CASE("senders racing with release and re-creation: every send lands or fails with unknown_name") {
  arena memory;
  registry names(memory);
  constexpr int senders = 4;
  std::atomic<bool> stop{false};
  std::atomic<long> delivered{0}, refused{0}, unknown{0};
  names.create("Target", 16384);
  std::vector<std::thread> pool;
  for (int t = 0; t != senders; ++t) {
    pool.emplace_back([&, t] {
      const std::string mine = "Own" + std::to_string(t);
      while (!stop.load()) {
        try {
          names.send_to("Target", "ping");
          ++delivered;
        } catch (const unknown_name&) {
          ++unknown;
        } catch (const klass::runtime::message_too_large&) {
          ++refused;
        }
        // creation and destruction of other entries at the same time
        names.create(mine, 256)->send("x");
        names.release(mine);
      }
    });
  }
  while (delivered.load() == 0) std::this_thread::yield();
  long read = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
  int rounds = 0;
  while (std::chrono::steady_clock::now() < until || rounds < 50) {
    auto e = names.release("Target");
    read += static_cast<long>(e->read_messages().size());
    e.reset();  // memory back to the arena while senders may still hold the entry
    std::this_thread::yield();
    names.create("Target", 16384);
    std::this_thread::yield();
    ++rounds;
  }
  stop = true;
  for (auto& th : pool) th.join();
  read += static_cast<long>(names.release("Target")->read_messages().size());
  CHECK(delivered.load() > 0);
  CHECK(read <= delivered.load());  // a send to a released entry's last holder goes with it
  MESSAGE(rounds << " rounds: " << delivered.load() << " delivered, " << read << " read, " << unknown.load()
                 << " unknown name, " << refused.load() << " full");
  CHECK(names.size() == 0);
  CHECK(memory.stats().live_regions == 0);
}

namespace {
struct named {
  std::string text;
  const std::string& name() const { return text; }
};
}  // namespace

TEST_CASE("the name table agrees with a model under forced collisions and wrap-around") {
  klass::runtime::detail::name_table<named> table;
  std::map<std::string, std::shared_ptr<named>> model;
  // Few distinct hashes: long probe runs. Even names have homes at the end of
  // the array (their runs wrap around to slot 0), odd ones at its start.
  auto hash_of = [](const std::string& name) -> std::size_t {
    const std::size_t h = std::hash<std::string>{}(name);
    return name.back() % 2 == 0 ? static_cast<std::size_t>(-1) - h % 3 : h % 5;
  };
  std::mt19937 random(12345);
  for (int step = 0; step != 30'000; ++step) {
    const std::string name = "n" + std::to_string(random() % 200);
    const std::size_t hash = hash_of(name);
    const std::size_t at = table.find(name, hash);
    const auto known = model.find(name);
    REQUIRE((at != table.npos) == (known != model.end()));
    if (at == table.npos) {
      auto value = std::make_shared<named>(named{name});
      table.insert(value, hash);
      model.emplace(name, value);
    } else {
      REQUIRE(table.at(at) == known->second);
      if (random() % 3 != 0) {
        REQUIRE(table.erase(at) == known->second);
        model.erase(known);
      }
    }
    REQUIRE(table.size() == model.size());
    if (step % 1000 == 0) {
      for (const auto& [n, value] : model) {
        const std::size_t i = table.find(n, hash_of(n));
        REQUIRE(i != table.npos);
        REQUIRE(table.at(i) == value);
      }
      std::size_t visited = 0;
      table.for_each([&](const std::shared_ptr<named>&) { ++visited; });
      REQUIRE(visited == model.size());
    }
  }
}

TEST_CASE("the process-wide registry and send_to") {
  auto& names = klass::runtime::default_registry();
  CHECK(&names.memory() == &klass::runtime::default_arena());
  auto e = names.create("runtime_registry.cpp:Base0");
  klass::runtime::send_to("runtime_registry.cpp:Base0", "hi");
  CHECK(e->read_messages() == std::vector<std::string>{"hi"});
  names.release(e->name());
}

TEST_CASE("200,000 live named entries of 4 KiB, each with its mailbox") {
#ifdef KLASS_TEST_TSAN
  constexpr std::size_t count = 50'000;  // ThreadSanitizer makes each creation ~10x slower
#else
  constexpr std::size_t count = 200'000;
#endif
  // CPU time, not wall time: on a shared machine, other work's time is not ours.
  const std::clock_t start = std::clock();
  arena memory;
  {
    registry names(memory);
    for (std::size_t i = 0; i != count; ++i) names.create("Base" + std::to_string(i));
    CHECK(names.size() == count);
    CHECK(memory.stats().mappings == (count + 511) / 512);
    for (std::size_t i = 0; i < count; i += 1009)
      names.send_to("Base" + std::to_string(i), "to " + std::to_string(i));
    for (std::size_t i = 0; i < count; i += 1009)
      CHECK(names.read_messages("Base" + std::to_string(i)) == std::vector<std::string>{"to " + std::to_string(i)});
  }
  CHECK(memory.stats().live_regions == 0);
  const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  MESSAGE(count << " entries created, used and released in " << seconds << " s of CPU time");
#ifndef KLASS_TEST_SANITIZED
  CHECK(seconds < 20.0);  // ~0.5 s on a quiet machine: a bound on accidental quadratic costs, not a benchmark
#endif
}
