// bench/runtime/runtime_bench.cpp — the runtime engine's throughput: creating named
// instances with their memory, and sending plus reading 32-byte and 4 KiB messages,
// next to memcpy of the same bytes. Prints CSV rows (see run.py):
//   workload,implementation,bytes,ops_per_second,ns_per_op
// Each figure is the best of `repeats` timed runs (the machine may be shared).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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

using clock_type = std::chrono::steady_clock;
namespace rt = klass::runtime;

inline void sink(const void* p) { asm volatile("" : : "r"(p) : "memory"); }

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

int main(int argc, char** argv) {
  long scale = argc > 1 ? std::atol(argv[1]) : 1;  // 1: the committed figures; smaller for a quick look
  if (argc > 2) repeats = std::atoi(argv[2]);
  if (scale < 1) scale = 1;
  std::printf("workload,implementation,bytes,ops_per_second,ns_per_op\n");
  creation(100'000 / scale);
  messages(32, 1'000'000 / scale);
  messages(4096, 200'000 / scale);
}
