// klass/runtime/base.hpp: the seed's Base as a klass class — numbering in __new__, per-class trackers,
// instance_name, defaults and keywords, registration with memory, send_to/read_messages, release.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <klass/runtime.hpp>

#include "runtime_support.hpp"

using namespace klass::literals;
namespace rt = klass::runtime;
using rt::Base;

namespace {
// Distinct classes per test. Most declare instance_count (Python's `instance_count = 0`
// in the subclass) so that they number from 0 whatever Base has counted.
struct Derived {
  using bases = klass::bases<Base>;
};
struct Later {
  using bases = klass::bases<Base>;
};
struct LaterSub {
  using bases = klass::bases<Later>;
};
struct Own {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
struct Mailer {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
struct Gone {
  using bases = klass::bases<Base>;
  static constexpr auto dict =
      klass::dict("instance_count"_a = rt::own_instance_count, "probe"_a = klass::field<std::shared_ptr<int>>);
};
struct Dropped {
  using bases = klass::bases<Base>;
  static constexpr auto dict =
      klass::dict("instance_count"_a = rt::own_instance_count, "probe"_a = klass::field<std::shared_ptr<int>>);
};
struct Waiter {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
struct Worker {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
struct Faulty {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
// A subclass with an option of its own: its defaults extend Base's, and the
// option is a field (an instance holds only declared names).
struct Node {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "defaults"_a = rt::options("memory_size"_a = std::size_t{8192}, "network_packet_size"_a = std::size_t{1500},
                                 "role"_a = std::string_view("leaf")),
      "role"_a = klass::field<std::string_view>);
};
namespace one {
struct Twin {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
}  // namespace one
namespace two {
struct Twin {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("instance_count"_a = rt::own_instance_count);
};
}  // namespace two

template <class C>
std::string name_of(const klass::ref<C>& object) {
  return klass::getattr(object, "instance_name"_a);
}
}  // namespace

TEST_CASE("the seed: instance_number 0, instance_name 'Base0', the tracker, the instance found again by name") {
  auto b = klass::cls<Base>();
  CHECK(klass::type_of(b) == klass::cls<Base>);
  CHECK(klass::getattr(b, "instance_number"_a) == 0);
  CHECK(klass::is(klass::getattr(klass::cls<Base>, "instance_tracker"_a)[0], b));
  CHECK(klass::getattr(b, "instance_name"_a) == "Base0");
  CHECK(klass::getattr(klass::cls<Base>, "instance_count"_a) == 1);
  CHECK(klass::getattr(b, "instance_count"_a) == 1);  // read through the instance, as in Python

  klass::cls<Base>();  // instantiated, not kept: the registry and the tracker keep it
  auto found = rt::resolve<Base>("Base1");
  CHECK(klass::getattr(found, "instance_number"_a) == 1);
  CHECK(klass::is(found, klass::getattr(klass::cls<Base>, "instance_tracker"_a)[1]));
  CHECK(rt::default_registry().find("Base1")->registered());

  // The messages of the seed.
  auto c = klass::cls<Base>();
  klass::getattr(c, "send_to"_a)("Base0", "this is a test message!");
  CHECK(klass::getattr(b, "read_messages"_a)() == std::vector<std::string>{"this is a test message!"});
  CHECK(klass::getattr(b, "read_messages"_a)().empty());
}

TEST_CASE("defaults are copied and updated by the call's keywords, each option an instance attribute") {
  const auto& defaults = klass::getattr(klass::cls<Base>, "defaults"_a);
  CHECK(defaults["memory_size"_a] == 4096);
  CHECK(defaults["network_packet_size"_a] == 8192);
  CHECK(defaults.size == 2);

  auto plain = klass::cls<Base>();
  CHECK(klass::getattr(plain, "memory_size"_a) == 4096);
  CHECK(klass::getattr(plain, "network_packet_size"_a) == 8192);
  CHECK(klass::getattr(plain, "memory"_a)->memory_size() == 4096);

  auto big = klass::cls<Base>("memory_size"_a = 65536);
  CHECK(klass::getattr(big, "memory_size"_a) == 65536);
  CHECK(klass::getattr(big, "network_packet_size"_a) == 8192);
  CHECK(klass::getattr(big, "memory"_a)->memory_size() == 65536);
  CHECK(rt::default_registry().find(name_of(big))->memory_size() == 65536);

  auto both = klass::cls<Base>("network_packet_size"_a = 1500, "memory_size"_a = 1024);
  CHECK(klass::getattr(both, "memory_size"_a) == 1024);
  CHECK(klass::getattr(both, "network_packet_size"_a) == 1500);
  // The class's defaults are not changed by a call (copy, then update).
  CHECK(defaults["memory_size"_a] == 4096);

  // A subclass extends the defaults: its own option becomes an attribute too.
  auto node = klass::cls<Node>("role"_a = std::string_view("root"));
  CHECK(klass::getattr(node, "role"_a) == "root");
  CHECK(klass::getattr(node, "memory_size"_a) == 8192);
  CHECK(klass::getattr(node, "network_packet_size"_a) == 1500);
  CHECK(klass::getattr(klass::cls<Node>(), "role"_a) == "leaf");
}

TEST_CASE("each class counts its own instances; a subclass starts from its base's count (the seed's rule)") {
  // Derived before any of its own: Base has counted some, so Python's cls.instance_count reads Base's.
  const auto base_count = klass::getattr(klass::cls<Base>, "instance_count"_a);
  auto d0 = klass::cls<Derived>();
  CHECK(klass::getattr(d0, "instance_number"_a) == base_count);
  CHECK(name_of(d0) == "Derived" + std::to_string(base_count));
  // From then on Derived counts alone: Base's instances do not move it, and it does not move Base's.
  klass::cls<Base>();
  auto d1 = klass::cls<Derived>();
  CHECK(klass::getattr(d1, "instance_number"_a) == base_count + 1);
  CHECK(klass::getattr(klass::cls<Base>, "instance_count"_a) == base_count + 1);
  CHECK(klass::getattr(klass::cls<Derived>, "instance_count"_a) == base_count + 2);

  // A class that declares instance_count (Python: `instance_count = 0`) numbers from 0: Own0, Own1.
  CHECK(klass::getattr(klass::cls<Own>, "instance_count"_a) == 0);
  CHECK(name_of(klass::cls<Own>()) == "Own0");
  CHECK(name_of(klass::cls<Own>()) == "Own1");
  CHECK(rt::resolve<Own>("Own1"));

  // Through two levels: LaterSub reads Later's count once Later has its own, else Base's.
  const auto now = klass::getattr(klass::cls<Base>, "instance_count"_a);
  CHECK(klass::getattr(klass::cls<LaterSub>, "instance_count"_a) == now);
  auto l = klass::cls<Later>();
  CHECK(klass::getattr(l, "instance_number"_a) == now);
  klass::cls<Later>();
  CHECK(klass::getattr(klass::cls<LaterSub>, "instance_count"_a) == now + 2);
  CHECK(name_of(klass::cls<LaterSub>()) == "LaterSub" + std::to_string(now + 2));
}

TEST_CASE("each class has its own tracker, number → instance") {
  auto& own = klass::getattr(klass::cls<Own>, "instance_tracker"_a);
  auto& base = klass::getattr(klass::cls<Base>, "instance_tracker"_a);
  CHECK(static_cast<const void*>(&own) != static_cast<const void*>(&base));
  CHECK(own.numbers() == std::vector<std::uint64_t>{0, 1});
  CHECK(klass::getattr(own[1], "instance_name"_a) == "Own1");
  CHECK(own.contains(0));
  CHECK_FALSE(own.contains(2));
  CHECK_THROWS_AS(own[2], std::out_of_range);
  // Through an instance: its type's tracker.
  auto o = klass::cls<Own>();
  CHECK(&klass::getattr(o, "instance_tracker"_a) == &own);
  CHECK(own.size() == 3);
}

TEST_CASE("resolve: unknown names and instances of another class") {
  CHECK_THROWS_AS(rt::resolve<Base>("Base999999"), rt::unknown_name);
  CHECK_FALSE(rt::try_resolve<Base>("Base999999"));
  CHECK_THROWS_WITH_AS(rt::resolve<Base>("Own0"), "klass: 'Own0' is an instance of Own, not of Base", klass::type_error);
  CHECK_FALSE(rt::try_resolve<Base>("Own0"));
  rt::default_registry().create("plain entry");
  CHECK_THROWS_WITH_AS(rt::resolve<Base>("plain entry"), "klass: 'plain entry' is not a tracked instance, not of Base",
                       klass::type_error);
  rt::default_registry().release("plain entry");
}

TEST_CASE("send_to and read_messages: byte-exact, to oneself, errors naming the recipient") {
  auto a = klass::cls<Mailer>();
  auto b = klass::cls<Mailer>("memory_size"_a = 256);
  CHECK(name_of(a) == "Mailer0");
  CHECK(name_of(b) == "Mailer1");
  const std::string odd("a\0b delimiter c", 15);
  klass::getattr(a, "send_to"_a)("Mailer1", "first");
  klass::getattr(b, "send_to"_a)("Mailer1", odd);  // to oneself
  klass::getattr(a, "send_to"_a)("Mailer1", "");
  rt::send_to("Mailer1", "last");  // the engine's own call reaches the same mailbox
  CHECK(klass::getattr(b, "read_messages"_a)() == std::vector<std::string>{"first", odd, "", "last"});

  CHECK_THROWS_AS(klass::getattr(a, "send_to"_a)("Nobody0", "x"), rt::unknown_name);
  // Too large for 256 bytes: refused, naming the recipient; the mailbox is unchanged.
  klass::getattr(a, "send_to"_a)("Mailer1", "kept");
  CHECK_THROWS_AS(klass::getattr(a, "send_to"_a)("Mailer1", std::string(300, 'x')), rt::message_too_large);
  try {
    klass::getattr(a, "send_to"_a)("Mailer1", std::string(300, 'x'));
  } catch (const rt::message_too_large& e) {
    CHECK(e.recipient() == "Mailer1");
  }
  CHECK(klass::getattr(b, "read_messages"_a)() == std::vector<std::string>{"kept"});
}

TEST_CASE("wait_messages sleeps until a message arrives; send_to with a timeout sleeps until there is room") {
  using namespace std::chrono_literals;
  auto a = klass::cls<Waiter>();
  auto b = klass::cls<Waiter>("memory_size"_a = 128);
  CHECK(klass::getattr(b, "wait_messages"_a)(10ms).empty());
  std::vector<std::string> got;
  std::thread reader([&] { got = klass::getattr(b, "wait_messages"_a)(30s); });
  klass::getattr(a, "send_to"_a)("Waiter1", "wake up");
  reader.join();
  CHECK(got == std::vector<std::string>{"wake up"});
  // Full: a timed send_to gives up (false), then succeeds once b reads.
  const std::string big(128 - rt::mailbox::header_bytes - 8, 'x');
  CHECK(klass::getattr(a, "send_to"_a)("Waiter1", big, 1s));
  CHECK(!klass::getattr(a, "send_to"_a)("Waiter1", "more", 10ms));
  bool sent = false;
  std::thread sender([&] { sent = klass::getattr(a, "send_to"_a)("Waiter1", "more", 30s); });
  CHECK(klass::getattr(b, "read_messages"_a)() == std::vector<std::string>{big});
  sender.join();
  CHECK(sent);
  CHECK(klass::getattr(b, "wait_messages"_a)(1s) == std::vector<std::string>{"more"});
  rt::release(a);
  rt::release(b);
}

TEST_CASE("release: the name and the tracker let go; the instance lives while held, then goes with its memory") {
  std::weak_ptr<int> watch;
  std::size_t live_before = 0;
  {
    auto g = klass::cls<Gone>();
    auto probe = std::make_shared<int>(7);
    watch = probe;
    klass::setattr(g, "probe"_a, std::move(probe));
    klass::getattr(klass::cls<Gone>(), "send_to"_a)("Gone0", "pending");
    live_before = rt::default_arena().stats().live_regions;

    klass::getattr(g, "release"_a)();
    CHECK_FALSE(rt::default_registry().contains("Gone0"));
    CHECK_FALSE(klass::getattr(klass::cls<Gone>, "instance_tracker"_a).contains(0));
    CHECK_FALSE(klass::getattr(g, "memory"_a)->registered());
    CHECK_THROWS_AS(rt::send_to("Gone0", "late"), rt::unknown_name);
    // Still alive, with its memory: its pending message can be read.
    CHECK_FALSE(watch.expired());
    CHECK(klass::getattr(g, "read_messages"_a)() == std::vector<std::string>{"pending"});
    rt::release(g);  // again: nothing left to release
    CHECK(rt::default_registry().contains("Gone1"));  // the sender of "pending", kept by the registry
  }
  CHECK(watch.expired());  // the last reference went: the instance is destroyed...
  CHECK(rt::default_arena().stats().live_regions == live_before - 1);  // ...and its memory given back
}

TEST_CASE("releasing the name through the engine drops the registry's hold on the instance") {
  std::weak_ptr<int> watch;
  {
    auto d = klass::cls<Dropped>();
    auto probe = std::make_shared<int>(1);
    watch = probe;
    klass::setattr(d, "probe"_a, std::move(probe));
    auto held = rt::default_registry().release("Dropped0");  // the engine's API, not rt::release
    CHECK_FALSE(rt::try_resolve<Dropped>("Dropped0"));
    // The tracker still holds it, as Python's instance_tracker would.
    auto back = klass::getattr(klass::cls<Dropped>, "instance_tracker"_a).erase(0);
    CHECK(klass::is(back, d));
  }
  CHECK(watch.expired());  // no cycle through the entry is left
}

TEST_CASE("two classes with the same __name__ collide in the registry: duplicate_name from __init__") {
  auto first = klass::cls<one::Twin>();
  CHECK(name_of(first) == "Twin0");
  CHECK_THROWS_AS(klass::cls<two::Twin>(), rt::duplicate_name);
  // As in Python, __new__ has tracked it before __init__ failed.
  CHECK(klass::getattr(klass::cls<two::Twin>, "instance_tracker"_a).contains(0));
  CHECK(klass::is(rt::resolve<one::Twin>("Twin0"), first));
}

TEST_CASE("a failing mmap in __init__ throws std::system_error and registers nothing") {
  klass_test::counting_hooks hooks(1);  // the first mmap fails
  // 2 MiB: a region of its own, so __init__ must map.
  CHECK_THROWS_AS(klass::cls<Faulty>("memory_size"_a = std::size_t{2} << 20), std::system_error);
  CHECK_FALSE(rt::default_registry().contains("Faulty0"));
  auto ok = klass::cls<Faulty>("memory_size"_a = std::size_t{2} << 20);
  CHECK(name_of(ok) == "Faulty1");
  CHECK(klass::getattr(ok, "memory"_a)->memory_size() == std::size_t{2} << 20);
  rt::release(ok);
  rt::release(klass::getattr(klass::cls<Faulty>, "instance_tracker"_a)[0]);
}

TEST_CASE("creation, sends and reads from several threads: unique numbers, every instance registered") {
  constexpr int threads = 4;
#if defined(KLASS_TEST_SANITIZED)
  constexpr int each = 200;
#else
  constexpr int each = 2000;
#endif
  auto inbox = klass::cls<Worker>("memory_size"_a = std::size_t{1} << 20);
  CHECK(name_of(inbox) == "Worker0");
  std::atomic<int> received{0};
  std::atomic<bool> done{false};
  std::thread reader([&] {
    while (!done.load()) received += static_cast<int>(klass::getattr(inbox, "read_messages"_a)().size());
  });
  std::vector<std::vector<std::uint64_t>> numbers(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t != threads; ++t)
    pool.emplace_back([&, t] {
      for (int i = 0; i != each; ++i) {
        auto w = klass::cls<Worker>();
        numbers[static_cast<std::size_t>(t)].push_back(klass::getattr(w, "instance_number"_a));
        klass::getattr(w, "send_to"_a)("Worker0", "hello from " + name_of(w));
        rt::release(w);
      }
    });
  for (auto& th : pool) th.join();
  done = true;
  reader.join();
  received += static_cast<int>(klass::getattr(inbox, "read_messages"_a)().size());
  CHECK(received.load() == threads * each);
  std::set<std::uint64_t> all;
  for (auto& n : numbers) all.insert(n.begin(), n.end());
  CHECK(all.size() == static_cast<std::size_t>(threads * each));
  CHECK(*all.begin() == 1);
  CHECK(*all.rbegin() == static_cast<std::uint64_t>(threads * each));
  CHECK(klass::getattr(klass::cls<Worker>, "instance_tracker"_a).size() == 1);
  rt::release(inbox);
}
