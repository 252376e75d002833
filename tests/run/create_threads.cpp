// The class statement (klass::define) runs once per class when the first instances
// are created from several threads at once, and finishes before any of them is
// created; a class statement may use its own class again; one that throws leaves
// the class undefined. Also built under ThreadSanitizer (docs/testing.md).
#include <doctest/doctest.h>

#include <atomic>
#include <latch>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {

// Per class, written by its class statement only: plain variables, so that
// ThreadSanitizer reports a statement running twice at once, or an instance
// created by another thread before its class statement finished.
template <class C>
int statements_run = 0;
template <class C>
int subclass_hooks_run = 0;

// The metaclass's __init__ runs once per class statement; it takes a while (a
// few yields), so that threads arriving at once find it running.
struct CountingMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& cls, auto&&...) {
    using C = typename std::remove_cvref_t<decltype(cls)>::type;
    for (int i = 0; i != 20; ++i) std::this_thread::yield();
    ++statements_run<C>;
  });
};

template <int Round>
struct Shape {
  using metaclass = CountingMeta;
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls) {
    ++subclass_hooks_run<typename decltype(cls)::type>;
  });
};
template <int Round>
struct Circle {
  using bases = klass::bases<Shape<Round>>;
  static constexpr auto dict = klass::dict(
      "seen"_a = klass::field<int>,
      // What the class statement did, as this instance's creation sees it.
      "__init__"_a = [](auto& self) {
        klass::setattr(self, "seen"_a, statements_run<Circle> * 10 + subclass_hooks_run<Circle>);
      });
};

constexpr int threads = 8;

// `threads` threads released at once each create a Circle<Round> (the first use
// of Circle<Round> and of Shape<Round>); returns what each instance saw.
template <int Round>
std::vector<int> create_at_once() {
  std::vector<int> seen(threads);
  std::latch start(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t != threads; ++t)
    pool.emplace_back([&seen, &start, t] {
      start.arrive_and_wait();
      seen[t] = klass::getattr(klass::cls<Circle<Round>>(), "seen"_a);
    });
  for (auto& thread : pool) thread.join();
  return seen;
}

template <int Round>
void check_round() {
  CHECK(create_at_once<Round>() == std::vector<int>(threads, 11));  // one statement, one __init_subclass__
  CHECK(statements_run<Shape<Round>> == 1);
  CHECK(statements_run<Circle<Round>> == 1);
  CHECK(subclass_hooks_run<Shape<Round>> == 0);
}
template <int... Rounds>
void check_rounds(std::integer_sequence<int, Rounds...>) {
  (check_round<Rounds>(), ...);
}

}  // namespace

TEST_CASE("the first instances created from several threads at once run the class statement once") {
  check_rounds(std::make_integer_sequence<int, 8>{});
}

namespace {
// A class statement that uses its own class: Base.__init_subclass__ creates an
// instance of the class being defined (Python allows cls() there). That call
// does not run the statement again.
std::vector<std::string> trace;
struct Registering {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls) {
    trace.push_back("hook " + std::string(cls.__name__));
    klass::getattr(cls(), "hello"_a)();
  });
};
struct Registered {
  using bases = klass::bases<Registering>;
  static constexpr auto dict = klass::dict("hello"_a = [](auto&) { trace.push_back("hello"); });
};

// A class statement that raises: the class is not created, and the next use
// runs the statement again (as running `class C` again would).
int failing_statements = 0;
struct FailingOnceMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto&, auto&&...) {
    if (++failing_statements == 1) throw std::runtime_error("first class statement fails");
  });
};
struct Fragile {
  using metaclass = FailingOnceMeta;
};
}  // namespace

TEST_CASE("a class statement may create an instance of its own class") {
  trace.clear();
  klass::define<Registered>();
  klass::define<Registered>();
  klass::cls<Registered>();
  CHECK(trace == std::vector<std::string>{"hook Registered", "hello"});
}

TEST_CASE("a class statement that throws leaves the class undefined") {
  CHECK_THROWS_AS(klass::define<Fragile>(), std::runtime_error);
  CHECK(failing_statements == 1);
  klass::cls<Fragile>();  // runs the statement again, which succeeds
  klass::cls<Fragile>();
  CHECK(failing_statements == 2);
}
