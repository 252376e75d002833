// libFuzzer target: klass::runtime::mailbox's framing checked against a model (a deque of strings).
//
// The input is a program: its first byte picks the mailbox's size, then each
// operation byte picks send / try_send / timed send (0 timeout) / read_all /
// timed read_all / consume (stopping at some message by throwing) / clear /
// wait / a simulated death, with message lengths and contents taken from the
// input. Lengths go up to ~4 KiB so that messages often do not fit; then the
// mailbox's bytes must be exactly what they were. The model follows the
// commit protocol of mailbox.hpp: frames at [head, tail); a consume stopped
// early leaves head > 0; a send that does not fit after the tail moves the
// waiting frames down to 0 when they do not overlap their new place.
// A simulated death is what a sender killed mid-send leaves: bytes scribbled
// past the tail (an unfinished frame) and the lock word naming a thread that
// does not exist; the next operation must take the lock over and see nothing
// of the unfinished frame. Any disagreement with the model traps. Built and run by the address,undefined
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

#include <chrono>

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
  std::size_t head = 0, tail = 0;  // offsets of the waiting frames
  std::size_t capacity = 0;
  std::size_t waiting() const { return tail - head; }
  std::size_t room() const { return head != 0 && waiting() <= head ? capacity - waiting() : capacity - tail; }
  bool fits(std::size_t n) const { return n <= mailbox::max_message_size && mailbox::frame_size(n) <= room(); }
  void push(std::string text) {
    const std::size_t frame = mailbox::frame_size(text.size());
    if (frame > capacity - tail) {  // moved down to 0
      tail = waiting();
      head = 0;
    }
    tail += frame;
    messages.push_back(std::move(text));
  }
  void pop_front() {
    head += mailbox::frame_size(messages.front().size());
    messages.pop_front();
    if (messages.empty()) head = tail = 0;
  }
  void empty() {
    messages.clear();
    head = tail = 0;
  }
};

void check_sizes(const mailbox& box, const model& m) {
  expect(box.pending() == m.messages.size());
  expect(box.used_bytes() == m.waiting());
  expect(box.free_bytes() == m.room());
  expect(box.has_messages() == !m.messages.empty());
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
  // The first byte also picks a dirty start: frames of an earlier life past a
  // zero state are not messages.
  if (memory_size >= 64 && (in.data != nullptr && size != 0 && (data[0] & 0x80)))
    std::memset(memory.data() + mailbox::header_bytes, 0x5a, memory_size - mailbox::header_bytes);
  expect(box.capacity() == m.capacity);

  while (!in.done()) {
    const std::uint8_t op = in.byte();
    switch (op % 9) {
      case 0:
      case 1:
      case 7: {  // send / try_send / send with a 0 timeout: length is one byte, times 16 when the op's high bit is set
        std::size_t length = in.byte();
        if (op & 0x80) length *= 16;
        const std::string text = in.bytes(length);
        std::vector<std::byte> before;  // the bytes, when the model says the message will not fit
        if (!m.fits(length)) before.assign(memory.begin(), memory.end());
        bool accepted;
        if (op % 9 == 0) {
          try {
            box.send(text, "Fuzz0");
            accepted = true;
          } catch (const klass::runtime::message_too_large& e) {
            accepted = false;
            expect(e.message_size() == length && e.needed_bytes() == mailbox::frame_size(length) &&
                   e.free_bytes() == m.room() && e.capacity() == m.capacity && e.recipient() == "Fuzz0");
          }
        } else if (op % 9 == 1) {
          accepted = box.try_send(text);
        } else {
          try {
            accepted = box.send(text, std::chrono::nanoseconds(0), "Fuzz0");
          } catch (const klass::runtime::message_too_large&) {
            expect(length > box.max_message());  // only what can never fit throws
            accepted = false;
          }
        }
        expect(accepted == m.fits(length));
        if (accepted) {
          m.push(text);
        } else {
          // Not one byte changed, but the lock word: a dead owner's id was replaced (then 0).
          expect(std::memcmp(before.data() + 4, memory.data() + 4, memory.size() - 4) == 0);
        }
        break;
      }
      case 2: {  // read_all, without and with a (0) timeout
        const auto got = (op & 0x80) ? box.read_all(std::chrono::nanoseconds(0)) : box.read_all();
        expect(got.size() == m.messages.size());
        for (std::size_t i = 0; i != got.size(); ++i) expect(got[i] == m.messages[i]);
        m.empty();
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
        for (std::size_t i = 0; i != seen; ++i) m.pop_front();
        break;
      }
      case 4:  // clear
        expect(box.clear() == m.messages.size());
        m.empty();
        break;
      case 5:  // wait with a 0 timeout: a look, nothing removed
        expect(box.wait(std::chrono::nanoseconds(0)) == !m.messages.empty());
        break;
      case 6: {  // a sender killed mid-send: an unfinished frame past the tail, the lock naming a dead thread
        const std::size_t scribble = std::min<std::size_t>(in.byte(), m.capacity - m.tail);
        const std::string junk = in.bytes(scribble);
        std::memcpy(memory.data() + mailbox::header_bytes + m.tail, junk.data(), scribble);
        const std::uint32_t dead = 0x3ffffff0u;  // above any pid_max: no such thread
        std::memcpy(memory.data(), &dead, sizeof dead);
        break;
      }
      default:
        break;
    }
    if (op % 9 != 6) {
      std::uint32_t lock = 0;
      std::memcpy(&lock, memory.data(), sizeof lock);
      expect(lock == 0);  // every operation lets go; a dead owner was replaced
    }
    check_sizes(box, m);
  }
  // Whatever is left reads back exactly.
  const auto rest = box.read_all();
  expect(rest.size() == m.messages.size());
  for (std::size_t i = 0; i != rest.size(); ++i) expect(rest[i] == m.messages[i]);
  return 0;
}
