// klass/runtime/fork.hpp, with memory, mailbox and registry: what a real fork() shares, seals and locks.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <klass/runtime.hpp>

#include "runtime_support.hpp"

using klass::runtime::arena;
using klass::runtime::mailbox;
using klass::runtime::region;
using klass::runtime::registry;

namespace {
// Runs `body` in a child process; its exit status: 0 if body() returned true.
// The child leaves with _exit (no doctest, no static destructors) and is
// killed by SIGALRM if it hangs.
template <class Body>
int in_child(Body body) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::alarm(20);
    int code = 1;
    try {
      code = body() ? 0 : 1;
    } catch (...) {
      code = 2;
    }
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool all_zero(const region& r) {
  return std::all_of(r.data(), r.data() + r.size(), [](std::byte b) { return b == std::byte{0}; });
}
}  // namespace

TEST_CASE("fork() moves both processes to a new fork generation") {
  const auto before = klass::runtime::fork_generation();
  CHECK(in_child([&] { return klass::runtime::fork_generation() == before + 1; }) == 0);
  CHECK(klass::runtime::fork_generation() == before + 1);
}

TEST_CASE("parent and child share the mailboxes that existed before fork()") {
  arena memory;
  registry names(memory);
  auto base0 = names.create("Base0");
  names.send_to("Base0", "from the parent");
  const int child = in_child([&] {
    // The child sees the parent's message (and, reading it, removes it for both) ...
    if (names.read_messages("Base0") != std::vector<std::string>{"from the parent"}) return false;
    // ... and writes into the parent's mailbox through its copy of the registry.
    names.send_to("Base0", "from the child");
    names.send_to("Base0", std::string("\0delimiter\0", 11));
    // Entries it creates are its own.
    names.create("Child0")->send("private");
    return names.read_messages("Child0") == std::vector<std::string>{"private"};
  });
  CHECK(child == 0);
  CHECK(base0->read_messages() == std::vector<std::string>{"from the child", std::string("\0delimiter\0", 11)});
  CHECK(!names.contains("Child0"));  // registries are per process
}

TEST_CASE("the mailbox lock works across processes: parent and child sending at once") {
  arena memory;
  region shared = memory.acquire(256 * 1024);
  mailbox box(shared.bytes());
  constexpr int each = 5000;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::alarm(20);
    for (int i = 0; i != each; ++i) box.send("c" + std::to_string(i));
    ::_exit(0);
  }
  for (int i = 0; i != each; ++i) box.send("p" + std::to_string(i));
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  const auto messages = box.read_all();
  CHECK(messages.size() == 2 * each);
  int next_p = 0, next_c = 0, bad = 0;
  for (const auto& m : messages) {
    int& next = m[0] == 'p' ? next_p : next_c;
    if (m.substr(1) == std::to_string(next)) ++next;
    else ++bad;
  }
  CHECK(bad == 0);
  CHECK(next_p == each);
  CHECK(next_c == each);
}

TEST_CASE("after fork() neither process carves new regions from the chunks they share") {
  arena memory;
  region before = memory.acquire(4096);  // its chunk has 511 free slots
  std::memset(before.data(), 0x11, before.size());
  const auto mappings_before = memory.stats().mappings;
  const int child = in_child([&] {
    region mine = memory.acquire(4096);
    const bool fresh = all_zero(mine) && mine.data() != before.data() + 4096;
    std::memset(mine.data(), 0xaa, mine.size());  // without sealing, this would be the parent's next slot
    // a pre-fork region released in the child is not handed out again there
    std::byte* old = before.data();
    before.reset();
    region again = memory.acquire(4096);
    // the shared chunk is unmapped in the child, the new one is its own
    return fresh && again.data() != old && memory.stats().mappings == mappings_before;
  });
  CHECK(child == 0);
  region after = memory.acquire(4096);
  CHECK(all_zero(after));
  CHECK(after.data() != before.data() + 4096);
  CHECK(memory.stats().mappings == mappings_before + 1);
  CHECK(std::all_of(before.data(), before.data() + 4096, [](std::byte b) { return b == std::byte{0x11}; }));
  before.reset();  // the shared chunk's last region: unmapped, not kept as a spare
  CHECK(memory.stats().mappings == mappings_before);
}

#ifndef KLASS_TEST_TSAN  // ThreadSanitizer does not support fork() in a multi-threaded program
TEST_CASE("fork() while other threads use the arena and the registry: the child is never stuck") {
  arena memory;
  registry names(memory);
  std::atomic<bool> stop{false};
  names.create("Hub", 65536);
  std::vector<std::thread> pool;
  for (int t = 0; t != 3; ++t) {
    pool.emplace_back([&, t] {
      const std::string mine = "Busy" + std::to_string(t);
      while (!stop.load()) {
        auto e = names.create(mine, 4096);
        try {
          names.send_to("Hub", mine);
        } catch (const klass::runtime::message_too_large&) {
          (void)names.read_messages("Hub");
        }
        e->send("x");
        names.release(mine);
      }
    });
  }
  std::vector<int> statuses;
  for (int round = 0; round != 20; ++round) {
    statuses.push_back(in_child([&] {
      auto e = names.create("Child", 4096);
      names.send_to("Child", "hello");
      (void)names.find("Hub")->mailbox().try_send("child");  // shared with the busy threads: may be full
      return names.read_messages("Child") == std::vector<std::string>{"hello"};
    }));
  }
  stop = true;
  for (auto& th : pool) th.join();
  CHECK(statuses == std::vector<int>(20, 0));
}
#endif
