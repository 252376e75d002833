// klass/runtime/instances.hpp: per-class instance numbers as the seed's cls.instance_count gives them, and names.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

#include <klass/runtime/instances.hpp>

using klass::runtime::instance_count;
using klass::runtime::instance_counter;
using klass::runtime::instance_name;
using klass::runtime::next_instance_number;

namespace {
struct Base {};
struct Derived {};
struct Other {};
}  // namespace

TEST_CASE("each class numbers its own instances from 0") {
  CHECK(instance_count<Base>() == 0);
  CHECK(next_instance_number<Base>() == 0);
  CHECK(next_instance_number<Base>() == 1);
  CHECK(instance_count<Base>() == 2);
  CHECK(next_instance_number<Other>() == 0);
  CHECK(instance_name("Base", 0) == "Base0");
  CHECK(instance_name("Base", 12) == "Base12");
}

TEST_CASE("a subclass starts from its base's count at its first instance, then counts alone (as in the seed)") {
  // Python:  Base(); Base()  ->  Derived() is number 2, then Base() is 2 as well, Derived() 3.
  instance_counter base, derived;
  CHECK(base.next() == 0);
  CHECK(base.next() == 1);
  CHECK(derived.count(base.count()) == 2);  // Derived.instance_count reads Base's
  CHECK(!derived.started());
  CHECK(derived.next(base.count()) == 2);
  CHECK(derived.started());
  CHECK(base.next() == 2);
  CHECK(derived.next(base.count()) == 3);  // its own attribute now: the base's count no longer matters
  CHECK(base.count() == 3);
  CHECK(derived.count(99) == 4);
  CHECK(next_instance_number<Derived>(5) == 5);
  CHECK(next_instance_number<Derived>(0) == 6);
}

TEST_CASE("numbers are unique across threads") {
  instance_counter counter;
  constexpr int threads = 4, each = 10'000;
  std::vector<std::vector<std::uint64_t>> got(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t != threads; ++t)
    pool.emplace_back([&, t] {
      for (int i = 0; i != each; ++i) got[static_cast<std::size_t>(t)].push_back(counter.next(7));
    });
  for (auto& th : pool) th.join();
  std::vector<std::uint64_t> all;
  for (auto& g : got) all.insert(all.end(), g.begin(), g.end());
  std::sort(all.begin(), all.end());
  CHECK(all.size() == threads * each);
  CHECK(all.front() == 7);
  CHECK(all.back() == 7 + threads * each - 1);
  CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
  CHECK(counter.count() == 7 + threads * each);
}
