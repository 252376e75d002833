// klass/runtime/mailbox.hpp and registry.hpp: receivers that sleep until a message arrives, senders that sleep
// until there is room, timeouts, between threads and between processes (shared futex words).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <klass/runtime/mailbox.hpp>
#include <klass/runtime/registry.hpp>

#include "runtime_support.hpp"

using klass::runtime::mailbox;
using klass::runtime::message_too_large;
using klass_test::children;
using klass_test::shared_memory;
using namespace std::chrono_literals;

TEST_CASE("timeouts: an empty mailbox gives nothing back, a full one takes nothing, both unchanged") {
  shared_memory memory(256);
  mailbox box(memory.span());
  CHECK(!box.wait(0ms));
  CHECK(!box.wait(20ms));
  CHECK(box.read_all(20ms).empty());
  CHECK(box.read_all(-5ms).empty());
  while (box.try_send("fill")) {
  }
  const std::vector<std::byte> before(memory.span().begin(), memory.span().end());
  CHECK(!box.send("one more", 20ms));
  CHECK(!box.send("one more", 0ms));
  CHECK(std::vector<std::byte>(memory.span().begin(), memory.span().end()) == before);
  // A message that can never fit is refused at once, not after the timeout.
  CHECK_THROWS_AS(box.send(std::string(box.max_message() + 1, 'x'), 1h, "Base0"), message_too_large);
  CHECK(box.wait(0ms));
  CHECK(box.pending() == 224 / mailbox::frame_size(4));
}

TEST_CASE("a receiving thread sleeps until a message arrives") {
  shared_memory memory(4096);
  mailbox box(memory.span());
  std::vector<std::string> got;
  std::atomic<bool> started{false};
  std::thread receiver([&] {
    started = true;
    got = box.read_all(30s);
  });
  while (!started) std::this_thread::yield();
  std::this_thread::sleep_for(20ms);  // (let it fall asleep; correct either way)
  box.send("wake up");
  receiver.join();
  CHECK(got == std::vector<std::string>{"wake up"});
}

TEST_CASE("a sending thread sleeps until a reader makes room") {
  shared_memory memory(128);
  mailbox box(memory.span());
  const std::string big(box.max_message(), 'b');
  box.send(big);
  bool sent = false;
  std::thread sender([&] { sent = box.send("second", 30s); });
  std::this_thread::sleep_for(20ms);
  CHECK(box.read_all() == std::vector<std::string>{big});
  sender.join();
  CHECK(sent);
  CHECK(box.read_all(1s) == std::vector<std::string>{"second"});
}

TEST_CASE("8 blocking senders and a blocking reader through a small mailbox: no refusals, nothing lost, order kept") {
  constexpr int senders = 8;
  constexpr int per_sender = 3000;
  shared_memory memory(1024);
  mailbox box(memory.span());
  std::atomic<int> timeouts{0};
  std::vector<std::thread> pool;
  for (int t = 0; t != senders; ++t)
    pool.emplace_back([&, t] {
      for (int i = 0; i != per_sender; ++i)
        if (!box.send(std::to_string(t) + ":" + std::to_string(i), 30s)) ++timeouts;
    });
  std::vector<int> next(senders, 0);
  int received = 0, bad = 0;
  while (received != senders * per_sender) {
    const auto got = box.read_all(30s);
    if (got.empty()) break;  // 30 s without a message: a failure, reported below
    for (const auto& text : got) {
      const auto colon = text.find(':');
      const int t = std::stoi(text.substr(0, colon));
      const int i = std::stoi(text.substr(colon + 1));
      if (i != next[static_cast<std::size_t>(t)]++) ++bad;
      ++received;
    }
  }
  for (auto& th : pool) th.join();
  CHECK(timeouts == 0);
  CHECK(bad == 0);
  CHECK(received == senders * per_sender);
}

TEST_CASE("between processes: a child sleeps in read_all until the parent sends, and the other way round") {
  shared_memory memory(2 * 4096);
  mailbox to_child(memory.span().first(4096));
  mailbox to_parent(memory.span().subspan(4096));
  children kids;
  const pid_t child = kids.spawn([&] {
    // A ping-pong of 200 round trips, every receive a sleep in the futex.
    for (int i = 0; i != 200; ++i) {
      const auto got = to_child.read_all(20s);
      if (got != std::vector<std::string>{"ping " + std::to_string(i)}) return false;
      if (!to_parent.send("pong " + std::to_string(i), 20s)) return false;
    }
    return true;
  });
  bool ok = true;
  for (int i = 0; i != 200 && ok; ++i) {
    ok = to_child.send("ping " + std::to_string(i), 20s);
    ok = ok && to_parent.read_all(20s) == std::vector<std::string>{"pong " + std::to_string(i)};
  }
  CHECK(ok);
  CHECK(kids.wait(child) == 0);
}

TEST_CASE("between processes: a child's send sleeps until the parent reads, several times over") {
  shared_memory memory(256);
  mailbox box(memory.span());
  children kids;
  const pid_t child = kids.spawn([&] {
    for (int i = 0; i != 500; ++i)
      if (!box.send("m" + std::to_string(i) + std::string(40, '.'), 20s)) return false;
    return true;
  });
  int next = 0, bad = 0;
  while (next != 500) {
    const auto got = box.read_all(20s);
    if (got.empty()) break;
    for (const auto& text : got) bad += text != "m" + std::to_string(next++) + std::string(40, '.');
  }
  CHECK(bad == 0);
  CHECK(next == 500);
  CHECK(kids.wait(child) == 0);
}

TEST_CASE("the registry's blocking forms: send_to with a timeout, wait_messages") {
  klass::runtime::arena memory;
  klass::runtime::registry names(memory);
  auto base0 = names.create("Base0", 128);
  std::vector<std::string> got;
  std::thread receiver([&] { got = names.wait_messages("Base0", 30s); });
  CHECK(names.send_to("Base0", "hello", 1s));
  receiver.join();
  CHECK(got == std::vector<std::string>{"hello"});
  CHECK(base0->wait_messages(10ms).empty());
  CHECK(base0->send(std::string(base0->mailbox().max_message(), 'x'), 1s));
  CHECK(!names.send_to("Base0", "no room", 10ms));
  CHECK_THROWS_AS(names.send_to("Base9", "x", 1s), klass::runtime::unknown_name);
}
