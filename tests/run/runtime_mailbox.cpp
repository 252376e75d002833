// klass/runtime/mailbox.hpp: byte-exact length framing, refusal without change, consume, corruption, threads.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <klass/runtime/mailbox.hpp>

#include "runtime_support.hpp"

using namespace std::string_literals;
using klass::runtime::mailbox;
using klass::runtime::message_too_large;

namespace {
// Zeroed, 64-byte aligned memory for a mailbox, like a fresh region.
struct memory {
  explicit memory(std::size_t size) : bytes(size + 64) {}
  std::span<std::byte> span(std::size_t size) {
    auto* p = bytes.data();
    p += (64 - reinterpret_cast<std::uintptr_t>(p) % 64) % 64;
    return {p, size};
  }
  std::vector<std::byte> bytes;
};

std::vector<std::byte> snapshot(std::span<std::byte> s) { return {s.begin(), s.end()}; }
}  // namespace

TEST_CASE("zeroed memory is an empty mailbox") {
  memory m(4096);
  mailbox box(m.span(4096));
  CHECK(box.capacity() == 4096 - mailbox::header_bytes);
  CHECK(box.max_message() == 4096 - mailbox::header_bytes - mailbox::frame_header_bytes);
  CHECK(box.pending() == 0);
  CHECK(box.used_bytes() == 0);
  CHECK(box.free_bytes() == box.capacity());
  CHECK(box.read_all().empty());
}

TEST_CASE("messages are byte-exact and come back in arrival order: NULs, \"delimiter\", empty") {
  memory m(4096);
  mailbox box(m.span(4096));
  std::string every_byte;
  for (int i = 0; i != 256; ++i) every_byte += static_cast<char>(i);
  const std::vector<std::string> sent = {
      "this is a test message!",
      "delimiter",
      "",
      "a\0b"s,
      "\0\0\0"s,
      "onedelimitertwodelimiter",
      "",
      every_byte,
      "\xff\xfe"s,
  };
  for (const auto& s : sent) box.send(s);
  CHECK(box.pending() == sent.size());
  std::size_t bytes = 0;
  for (const auto& s : sent) bytes += mailbox::frame_size(s.size());
  CHECK(box.used_bytes() == bytes);
  CHECK(box.read_all() == sent);
  CHECK(box.pending() == 0);
  CHECK(box.read_all().empty());
  box.send("again");
  CHECK(box.read_all() == std::vector<std::string>{"again"});
}

TEST_CASE("a mailbox fills to the last byte, then refuses") {
  memory m(256);
  mailbox box(m.span(256));
  const std::string exact(box.max_message(), 'x');
  box.send(exact);
  CHECK(box.free_bytes() == 0);
  CHECK_THROWS_AS(box.send(""), message_too_large);  // even an empty message needs its frame
  CHECK(box.read_all() == std::vector<std::string>{exact});
  CHECK_THROWS_AS(box.send(std::string(box.max_message() + 1, 'y')), message_too_large);
  for (int i = 0; i != 28; ++i) box.send("");  // 224 bytes of frames exactly
  CHECK(box.free_bytes() == 0);
  CHECK(!box.try_send(""));
  CHECK(box.read_all() == std::vector<std::string>(28, ""));
  // padding: 1 to 8 bytes take 16, 9 take 24
  box.send("1");
  box.send("12345678");
  box.send("123456789");
  CHECK(box.used_bytes() == 16 + 16 + 24);
  CHECK(box.read_all() == std::vector<std::string>{"1", "12345678", "123456789"});
}

TEST_CASE("a message that does not fit is refused, naming the recipient and sizes; no byte changes") {
  memory m(4096);
  auto bytes = m.span(4096);
  mailbox box(bytes);
  box.send("first");
  box.send(std::string(3000, 'z'));
  const auto before = snapshot(bytes);
  const std::size_t free_before = box.free_bytes();
  try {
    box.send(std::string(2000, 'q'), "Base0");
    FAIL("a message of 2000 bytes fitted in " << free_before);
  } catch (const std::length_error& e) {
    const auto* too_large = dynamic_cast<const message_too_large*>(&e);
    REQUIRE(too_large != nullptr);
    CHECK(too_large->recipient() == "Base0");
    CHECK(too_large->message_size() == 2000);
    CHECK(too_large->needed_bytes() == 2008);
    CHECK(too_large->free_bytes() == free_before);
    CHECK(free_before == 4064 - 16 - 3008);
    CHECK(too_large->capacity() == 4064);
    CHECK(std::string(e.what()) ==
          "klass: a message of 2000 bytes does not fit in the mailbox of 'Base0': it needs 2008 bytes "
          "with its framing and 1040 of 4064 are free");
  }
  CHECK(snapshot(bytes) == before);
  CHECK(!box.try_send(std::string(2000, 'q')));
  CHECK(snapshot(bytes) == before);
  CHECK(box.read_all() == std::vector<std::string>{"first", std::string(3000, 'z')});
}

TEST_CASE("consume visits messages in place; those visited before a throw are gone, the rest stay") {
  memory m(1024);
  mailbox box(m.span(1024));
  for (const char* s : {"a", "b", "stop", "c"}) box.send(s);
  std::vector<std::string> seen;
  CHECK_THROWS_AS(box.consume([&](std::string_view text) {
    if (text == "stop") throw std::runtime_error("stop");
    seen.emplace_back(text);
  }),
                  std::runtime_error);
  CHECK(seen == std::vector<std::string>{"a", "b"});
  CHECK(box.pending() == 2);
  seen.clear();
  CHECK(box.consume([&](std::string_view text) { seen.emplace_back(text); }) == 2);
  CHECK(seen == std::vector<std::string>{"stop", "c"});
  CHECK(box.pending() == 0);
  box.send("x");
  CHECK(box.clear() == 1);
  CHECK(box.read_all().empty());
}

TEST_CASE("bytes that are not a mailbox are reported, never read past") {
  memory m(256);
  auto bytes = m.span(256);
  mailbox box(bytes);
  box.send("hello");
  SUBCASE("a tail beyond the capacity") {
    const std::uint64_t state = std::uint64_t{10'000} << 32;
    std::memcpy(bytes.data() + 16, &state, sizeof state);
    CHECK_THROWS_AS((void)box.read_all(), klass::runtime::mailbox_corrupt);
    CHECK_THROWS_AS(box.send("x"), klass::runtime::mailbox_corrupt);
  }
  SUBCASE("a frame longer than what is used") {
    const std::uint32_t length = 200;
    std::memcpy(bytes.data() + mailbox::header_bytes, &length, sizeof length);
    CHECK_THROWS_AS((void)box.read_all(), klass::runtime::mailbox_corrupt);
    CHECK_THROWS_AS(box.consume([](std::string_view) {}), klass::runtime::mailbox_corrupt);
  }
  SUBCASE("a frame without its mark") {
    bytes[mailbox::header_bytes + 4] = std::byte{0};
    CHECK_THROWS_AS((void)box.read_all(), klass::runtime::mailbox_corrupt);
  }
  SUBCASE("a head past the tail") {
    const std::uint64_t state = 24 | (std::uint64_t{16} << 32);
    std::memcpy(bytes.data() + 16, &state, sizeof state);
    CHECK_THROWS_AS((void)box.read_all(), klass::runtime::mailbox_corrupt);
    CHECK_THROWS_AS((void)box.pending(), klass::runtime::mailbox_corrupt);
  }
}

TEST_CASE("memory too small or misaligned for a mailbox is refused") {
  memory m(64);
  CHECK_THROWS_AS((void)mailbox(m.span(31)), std::invalid_argument);
  CHECK_NOTHROW((void)mailbox(m.span(32)));
  CHECK(mailbox(m.span(32)).capacity() == 0);
  CHECK_THROWS_AS((void)mailbox(m.span(48).subspan(4)), std::invalid_argument);
}

TEST_CASE("8 senders and a concurrent reader: nothing torn, lost or duplicated; per-sender order kept") {
  constexpr int senders = 8;
  constexpr int per_sender = 10'000;
  memory m(64 * 1024);
  mailbox box(m.span(64 * 1024));
  // Message i of sender t: "t:i:" then (i % 61) bytes derived from t and i.
  auto make = [](int t, int i) {
    std::string s = std::to_string(t) + ":" + std::to_string(i) + ":";
    for (int k = 0; k != i % 61; ++k) s += static_cast<char>((t * 31 + i + k) & 0xff);
    return s;
  };
  std::atomic<bool> timed_out{false};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::vector<std::thread> pool;
  for (int t = 0; t != senders; ++t) {
    pool.emplace_back([&, t] {
      for (int i = 0; i != per_sender; ++i) {
        const std::string s = make(t, i);
        while (!box.try_send(s)) {  // full: wait for the reader
          if (std::chrono::steady_clock::now() > deadline) {
            timed_out = true;
            return;
          }
          std::this_thread::yield();
        }
      }
    });
  }
  std::vector<int> next(senders, 0);
  int received = 0, bad = 0, reads = 0;
  while (received != senders * per_sender && !timed_out && std::chrono::steady_clock::now() < deadline) {
    auto check = [&](std::string_view text) {
      const auto c1 = text.find(':');
      const auto c2 = text.find(':', c1 + 1);
      const int t = std::stoi(std::string(text.substr(0, c1)));
      const int i = std::stoi(std::string(text.substr(c1 + 1, c2 - c1 - 1)));
      if (t < 0 || t >= senders || i != next[static_cast<std::size_t>(t)] || text != make(t, i)) ++bad;
      else ++next[static_cast<std::size_t>(t)];
      ++received;
    };
    if (++reads % 2 == 0) {
      for (const auto& text : box.read_all()) check(text);
    } else {
      box.consume(check);
    }
  }
  for (auto& th : pool) th.join();
  CHECK(!timed_out);
  CHECK(bad == 0);
  CHECK(received == senders * per_sender);
  for (int n : next) CHECK(n == per_sender);
  CHECK(box.pending() == 0);
}
