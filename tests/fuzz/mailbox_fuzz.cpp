// libFuzzer target: klass::runtime::mailbox's framing checked against a model (a deque of strings).
//
// The input is a program: its first byte picks the mailbox's size, then each
// operation byte picks send / try_send / read_all / consume (stopping at some
// message by throwing) / clear / the size queries, with message lengths and
// contents taken from the input. Lengths go up to ~4 KiB so that messages
// often do not fit; then the mailbox's bytes must be exactly what they were.
// Any disagreement with the model traps. Built and run by the address,undefined
// sanitizer configuration (see docs/testing.md):
//   fuzz_mailbox -runs=200000 -seed=1
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <klass/runtime/mailbox.hpp>

namespace {

using klass::runtime::mailbox;

[[noreturn]] void mismatch() { __builtin_trap(); }
void expect(bool ok) {
  if (!ok) mismatch();
}

struct input {
  const std::uint8_t* data;
  std::size_t size;
  std::size_t at = 0;
  bool done() const { return at >= size; }
  std::uint8_t byte() { return at < size ? data[at++] : 0; }
  std::string bytes(std::size_t n) {  // n bytes of input; past its end, a filler with NULs in it
    const std::size_t have = std::min(n, size - std::min(at, size));
    std::string out(reinterpret_cast<const char*>(data + at), have);
    at += have;
    out.resize(n, '\0');
    if (n > have) std::memcpy(out.data() + have, "delimiter", std::min<std::size_t>(9, n - have));
    return out;
  }
};

constexpr std::size_t sizes[] = {32, 33, 36, 40, 64, 100, 256, 1024, 4096, 8192};

struct model {
  std::deque<std::string> messages;
  std::size_t used = 0;
  std::size_t capacity = 0;
  bool fits(std::size_t n) const { return used + mailbox::frame_size(n) <= capacity; }
};

void check_sizes(const mailbox& box, const model& m) {
  expect(box.pending() == m.messages.size());
  expect(box.used_bytes() == m.used);
  expect(box.free_bytes() == m.capacity - m.used);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  input in{data, size};
  const std::size_t memory_size = sizes[in.byte() % std::size(sizes)];
  std::vector<std::uint64_t> storage(memory_size / 8 + 1, 0);  // zeroed, 8-byte aligned
  std::span<std::byte> memory(reinterpret_cast<std::byte*>(storage.data()), memory_size);
  mailbox box(memory);
  model m;
  m.capacity = memory_size - mailbox::header_bytes;
  expect(box.capacity() == m.capacity);

  while (!in.done()) {
    const std::uint8_t op = in.byte();
    switch (op % 6) {
      case 0:
      case 1: {  // send / try_send: length is one byte, times 16 when the op's high bit is set
        std::size_t length = in.byte();
        if (op & 0x80) length *= 16;
        const std::string text = in.bytes(length);
        std::vector<std::byte> before;  // the bytes, when the model says the message will not fit
        if (!m.fits(length)) before.assign(memory.begin(), memory.end());
        bool accepted;
        if (op % 6 == 0) {
          try {
            box.send(text, "Fuzz0");
            accepted = true;
          } catch (const klass::runtime::message_too_large& e) {
            accepted = false;
            expect(e.message_size() == length && e.needed_bytes() == mailbox::frame_size(length) &&
                   e.free_bytes() == m.capacity - m.used &&
                   e.capacity() == m.capacity && e.recipient() == "Fuzz0");
          }
        } else {
          accepted = box.try_send(text);
        }
        expect(accepted == m.fits(length));
        if (accepted) {
          m.messages.push_back(text);
          m.used += mailbox::frame_size(length);
        } else {
          expect(std::memcmp(before.data(), memory.data(), memory.size()) == 0);  // not one byte changed
        }
        break;
      }
      case 2: {  // read_all
        const auto got = box.read_all();
        expect(got.size() == m.messages.size());
        for (std::size_t i = 0; i != got.size(); ++i) expect(got[i] == m.messages[i]);
        m.messages.clear();
        m.used = 0;
        break;
      }
      case 3: {  // consume, throwing at message `stop` (none if past the end)
        const std::size_t stop = in.byte();
        std::size_t seen = 0;
        struct halt {
          int unused = 0;
        };
        try {
          const std::size_t n = box.consume([&](std::string_view text) {
            if (seen == stop) throw halt{};
            expect(seen < m.messages.size() && text == m.messages[seen]);
            ++seen;
          });
          expect(n == m.messages.size() && seen == n);
        } catch (const halt&) {
          expect(seen == stop && stop < m.messages.size());
        }
        for (std::size_t i = 0; i != seen; ++i) {
          m.used -= mailbox::frame_size(m.messages.front().size());
          m.messages.pop_front();
        }
        break;
      }
      case 4:  // clear
        expect(box.clear() == m.messages.size());
        m.messages.clear();
        m.used = 0;
        break;
      default:
        break;
    }
    check_sizes(box, m);
  }
  // Whatever is left reads back exactly.
  const auto rest = box.read_all();
  expect(rest.size() == m.messages.size());
  for (std::size_t i = 0; i != rest.size(); ++i) expect(rest[i] == m.messages[i]);
  return 0;
}
