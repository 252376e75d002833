// bench/runtime/runtime_bench.cpp — the runtime engine's throughput: creating named
// instances with their memory, and sending plus reading 32-byte and 4 KiB messages,
// next to memcpy of the same bytes and a plain SPSC ring; the first message's page
// fault and the resident memory of idle mailboxes; `fresh N` times Base creation in
// a new process. Prints CSV rows (see run.py):
//   workload,implementation,bytes,ops_per_second,ns_per_op
// Each figure is the best of `repeats` timed runs (the machine may be shared).
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <memory>

#include <klass/runtime.hpp>

using namespace klass::literals;

namespace {

// The klass Base of the object model (klass/runtime/base.hpp), one class per
// workload so that each numbers from 0.
struct BenchCreate {
  using bases = klass::bases<klass::runtime::Base>;
  static constexpr std::string_view class_name = "Base";
  static constexpr auto dict = klass::dict("instance_count"_a = klass::runtime::own_instance_count);
};
struct BenchMail {
  using bases = klass::bases<klass::runtime::Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = klass::runtime::own_instance_count);
};

// The CPU time of this thread (user + system, page faults included): the
// machine is shared, and wall-clock time counts the time other work had the
// core. (Every workload here runs on one thread and never sleeps.)
struct clock_type {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<clock_type>;
  static constexpr bool is_steady = true;
  static time_point now() noexcept {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec));
  }
};
namespace rt = klass::runtime;

inline void sink(const void* p) { asm volatile("" : : "r"(p) : "memory"); }

// The floor for the zero-copy path: a plain single-producer, single-consumer
// byte ring in 4 KiB (a 64-byte header with the two positions, 4032 bytes of
// frames), the same framing as the mailbox (u32 length, payload padded to 8),
// consumed in place. No lock, no multi-producer or crash safety: what a
// mailbox would cost if it had one writer, one reader and no failures.
class spsc_ring {
 public:
  static constexpr std::uint32_t capacity = 4096 - 64;
  static constexpr std::uint32_t wrap = 0xffffffffu;
  bool push(std::string_view message) {
    const std::uint64_t t = tail_.load(std::memory_order_relaxed);
    const std::uint64_t h = head_.load(std::memory_order_acquire);
    const std::uint32_t frame = 8 + static_cast<std::uint32_t>((message.size() + 7) & ~std::size_t{7});
    std::uint32_t at = static_cast<std::uint32_t>(t % capacity);
    std::uint64_t next = t;
    if (at + frame > capacity) {  // no room before the end: a wrap mark, then from 0
      if (t - h + (capacity - at) + frame > capacity) return false;
      std::memcpy(data_ + at, &wrap, 4);
      next += capacity - at;
      at = 0;
    } else if (t - h + frame > capacity) {
      return false;
    }
    const auto length = static_cast<std::uint32_t>(message.size());
    std::memcpy(data_ + at, &length, 4);
    std::memcpy(data_ + at + 8, message.data(), message.size());
    tail_.store(next + frame, std::memory_order_release);
    return true;
  }
  template <class Visit>
  std::size_t pop_all(Visit&& visit) {
    std::uint64_t h = head_.load(std::memory_order_relaxed);
    const std::uint64_t t = tail_.load(std::memory_order_acquire);
    std::size_t n = 0;
    while (h != t) {
      const std::uint32_t at = static_cast<std::uint32_t>(h % capacity);
      std::uint32_t length;
      std::memcpy(&length, data_ + at, 4);
      if (length == wrap) {
        h += capacity - at;
        continue;
      }
      visit(std::string_view(reinterpret_cast<const char*>(data_ + at + 8), length));
      h += 8 + ((length + 7) & ~7u);
      ++n;
    }
    head_.store(h, std::memory_order_release);
    return n;
  }

 private:
  alignas(64) std::atomic<std::uint64_t> head_{0};
  std::atomic<std::uint64_t> tail_{0};
  alignas(64) std::byte data_[capacity];
};
static_assert(sizeof(spsc_ring) == 4096);

// Resident bytes of this process (from /proc/self/statm).
std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

int repeats = 7;

// Runs body(n) `repeats` times; the best time per operation in ns.
template <class Body>
double best_ns(long n, Body body) {
  double best = 1e300;
  for (int r = 0; r != repeats; ++r) {
    const auto start = clock_type::now();
    body(n);
    const double ns = std::chrono::duration<double, std::nano>(clock_type::now() - start).count();
    best = std::min(best, ns / static_cast<double>(n));
  }
  return best;
}

void row(const char* workload, const char* implementation, std::size_t bytes, double ns) {
  std::printf("%s,%s,%zu,%.0f,%.2f\n", workload, implementation, bytes, 1e9 / ns, ns);
  std::fflush(stdout);
}

void creation(long n) {
  const int saved = repeats;
  repeats *= 2;  // short runs, the noisiest figures
  // Regions alone: arena::acquire, a fresh arena each run, so the mmap of
  // every 512th region is in the figure. Released after the clock stops.
  {
    std::vector<rt::region> regions;
    regions.reserve(static_cast<std::size_t>(n));
    double best = 1e300;
    for (int r = 0; r != repeats; ++r) {
      rt::arena arena;
      const auto start = clock_type::now();
      for (long i = 0; i != n; ++i) regions.push_back(arena.acquire(4096));
      const double ns = std::chrono::duration<double, std::nano>(clock_type::now() - start).count();
      best = std::min(best, ns / static_cast<double>(n));
      regions.clear();
    }
    row("create", "klass region", 4096, best);
  }
  // The seed's Base(): the name "Base<n>" from a per-class counter, the
  // region, a registry entry (name -> entry with its mailbox).
  {
    double best = 1e300;
    struct Base {};
    for (int r = 0; r != repeats; ++r) {
      rt::arena arena;
      rt::registry names(arena);
      rt::instance_counter counter;
      const auto start = clock_type::now();
      for (long i = 0; i != n; ++i) names.create(rt::instance_name("Base", counter.next()), 4096);
      const double ns = std::chrono::duration<double, std::nano>(clock_type::now() - start).count();
      best = std::min(best, ns / static_cast<double>(n));
    }
    row("create", "klass named entry", 4096, best);
  }
  // klass::cls<Base>(): the klass Base itself — __new__ (object.__new__, the
  // number, the tracker), __init__ (defaults and keywords, the name, the
  // registry entry with its region). Released after the clock stops.
  {
    double best = 1e300;
    std::vector<klass::ref<BenchCreate>> made;
    made.reserve(static_cast<std::size_t>(n));
    for (int r = 0; r != repeats; ++r) {
      const auto start = clock_type::now();
      for (long i = 0; i != n; ++i) made.push_back(klass::cls<BenchCreate>());
      const double ns = std::chrono::duration<double, std::nano>(clock_type::now() - start).count();
      best = std::min(best, ns / static_cast<double>(n));
      for (auto& object : made) rt::release(object);
      made.clear();
    }
    row("create", "klass Base", 4096, best);
  }
  repeats = saved;
}

void messages(std::size_t size, long n) {
  // As in seed_base.py; 16 messages of 4 KiB need 65,664 bytes.
  const std::size_t memory_size = size <= 32 ? 4096 : 8192;
  const std::size_t batch_memory = 16 * rt::mailbox::frame_size(size) + rt::mailbox::header_bytes;
  const std::string message(size, 'm');
  rt::arena arena;
  rt::registry names(arena);
  auto box = names.create("Base0", memory_size);
  rt::mailbox mb = box->mailbox();
  auto big = names.create("Batch0", std::max(memory_size, batch_memory));
  rt::mailbox big_mb = big->mailbox();

  // As the seed does it: send_to(name, message) then read_messages(), one
  // message per round trip, through the registry's name lookup.
  row("send+read", "klass send_to+read_messages", size, best_ns(n, [&](long count) {
        for (long i = 0; i != count; ++i) {
          names.send_to("Base0", message);
          auto got = box->read_messages();
          sink(got.data());
        }
      }));
  // Holding the entry (no lookup by name).
  row("send+read", "klass entry send+read_messages", size, best_ns(n, [&](long count) {
        for (long i = 0; i != count; ++i) {
          box->send(message);
          auto got = box->read_messages();
          sink(got.data());
        }
      }));
  // Reading in place: consume() hands each message as a string_view (no copy out).
  row("send+read", "klass mailbox send+consume", size, best_ns(n, [&](long count) {
        std::size_t total = 0;
        for (long i = 0; i != count; ++i) {
          mb.send(message);
          mb.consume([&](std::string_view text) {
            total += text.size();
            sink(text.data());
          });
        }
        sink(&total);
      }));
  // Copying out into the reader's own buffer (reused): the two memcpys of a
  // message passing through shared memory, plus the mailbox's locking.
  {
    std::string into;
    into.reserve(size);
    row("send+read", "klass mailbox send+consume copying into a buffer", size, best_ns(n, [&](long count) {
          for (long i = 0; i != count; ++i) {
            mb.send(message);
            mb.consume([&](std::string_view text) { into.assign(text); });
            sink(into.data());
          }
        }));
  }
  // The floor of the zero-copy path: a plain SPSC ring in 4 KiB, push then pop in place.
  if (size <= 1024) {
    auto ring = std::make_unique<spsc_ring>();
    row("send+read", "plain SPSC ring push+pop in place (4 KiB)", size, best_ns(n, [&](long count) {
          std::size_t total = 0;
          for (long i = 0; i != count; ++i) {
            ring->push(message);
            ring->pop_all([&](std::string_view text) {
              total += text.size();
              sink(text.data());
            });
          }
          sink(&total);
        }));
  }
  // A mailbox that collects before it is read: 16 sends, then one read; per message.
  constexpr long batch = 16;
  const long rounds = std::max<long>(1, n / batch);
  row("send+read", "klass entry 16 sends+1 read_messages (per message)", size,
      best_ns(rounds, [&](long count) {
        for (long i = 0; i != count; ++i) {
          for (long k = 0; k != batch; ++k) big->send(message);
          auto got = big->read_messages();
          sink(got.data());
        }
      }) / batch);
  row("send+read", "klass mailbox 16 sends+1 consume (per message)", size,
      best_ns(rounds, [&](long count) {
        std::size_t total = 0;
        for (long i = 0; i != count; ++i) {
          for (long k = 0; k != batch; ++k) big_mb.send(message);
          big_mb.consume([&](std::string_view text) {
            total += text.size();
            sink(text.data());
          });
        }
        sink(&total);
      }) / batch);
  // The klass Base: c.send_to("<b's name>", message) then b.read_messages(), klass methods.
  {
    using B = BenchMail;
    auto b = klass::cls<B>("memory_size"_a = memory_size);
    auto c = klass::cls<B>();
    const std::string b_name = klass::getattr(b, "instance_name"_a);
    row("send+read", "klass Base send_to+read_messages", size, best_ns(n, [&](long count) {
          for (long i = 0; i != count; ++i) {
            klass::getattr(c, "send_to"_a)(b_name, message);
            auto got = klass::getattr(b, "read_messages"_a)();
            sink(got.data());
          }
        }));
    rt::release(b);
    rt::release(c);
  }
  // The floor: the same bytes moved by memcpy, once (in) and twice (in and out).
  std::vector<char> buffer(size), out(size);
  row("send+read", "memcpy x1", size, best_ns(n, [&](long count) {
        for (long i = 0; i != count; ++i) {
          std::memcpy(buffer.data(), message.data(), size);
          sink(buffer.data());
        }
      }));
  row("send+read", "memcpy x2", size, best_ns(n, [&](long count) {
        for (long i = 0; i != count; ++i) {
          std::memcpy(buffer.data(), message.data(), size);
          sink(buffer.data());
          std::memcpy(out.data(), buffer.data(), size);
          sink(out.data());
        }
      }));
}

}  // namespace

// The first-message cost (a fresh region's page is touched by its first
// message: a page fault) and the resident memory of idle mailboxes.
void memory_costs() {
  constexpr long count = 20'000;
  const std::string message(32, 'm');
  {
    rt::arena arena;
    rt::registry names(arena);
    std::vector<rt::mailbox> boxes;
    for (long i = 0; i != count; ++i) boxes.push_back(names.create("Base" + std::to_string(i), 4096)->mailbox());
    auto time_sends = [&] {
      const auto start = clock_type::now();
      for (auto& box : boxes) box.send(message);
      return std::chrono::duration<double, std::nano>(clock_type::now() - start).count() / count;
    };
    const double first = time_sends();   // each touches its mailbox's page for the first time
    const double second = time_sends();  // the same pages, now resident
    row("first message", "klass first send into an untouched 4 KiB mailbox", 32, first);
    row("first message", "klass second send into the same mailboxes", 32, second);
  }
  {
    rt::arena arena;
    rt::registry names(arena);
    std::vector<std::shared_ptr<rt::registry_entry>> held;
    held.reserve(count);
    const std::size_t before = resident_bytes();
    for (long i = 0; i != count; ++i) held.push_back(names.create("Base" + std::to_string(i), 4096));
    const std::size_t idle = resident_bytes();
    for (auto& e : held) e->send(message);
    const std::size_t used = resident_bytes();
    // Reported in the ns_per_op column: bytes per mailbox.
    row("resident memory", "klass idle named 4 KiB mailbox (bytes per mailbox with its bookkeeping)", 4096,
        static_cast<double>(idle - before) / count);
    row("resident memory", "klass named 4 KiB mailbox after one message (bytes per mailbox)", 4096,
        static_cast<double>(used - before) / count);
  }
}

// `runtime_bench fresh N`, in a process started for it: the first
// klass::cls<Base>() alone, then the mean of N-1 more (ns), as "first,rest".
int fresh(long n) {
  std::vector<klass::ref<BenchCreate>> made;
  made.reserve(static_cast<std::size_t>(n));
  auto start = clock_type::now();
  made.push_back(klass::cls<BenchCreate>());
  const double first = std::chrono::duration<double, std::nano>(clock_type::now() - start).count();
  start = clock_type::now();
  for (long i = 1; i < n; ++i) made.push_back(klass::cls<BenchCreate>());
  const double rest = std::chrono::duration<double, std::nano>(clock_type::now() - start).count() /
                      static_cast<double>(std::max<long>(1, n - 1));
  std::printf("%.0f,%.2f\n", first, rest);
  return 0;
}

int main(int argc, char** argv) {
  if (argc > 2 && std::string_view(argv[1]) == "fresh") return fresh(std::atol(argv[2]));
  long scale = argc > 1 ? std::atol(argv[1]) : 1;  // 1: the committed figures; smaller for a quick look
  if (argc > 2) repeats = std::atoi(argv[2]);
  if (scale < 1) scale = 1;
  std::printf("workload,implementation,bytes,ops_per_second,ns_per_op\n");
  memory_costs();  // first, on a fresh heap: its resident bytes are the bookkeeping's own
  creation(100'000 / scale);
  messages(32, 1'000'000 / scale);
  messages(4096, 200'000 / scale);
}
