// Uses of what <klass/datamodel/iteration.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/iteration.hpp>

#include <array>

using namespace klass::literals;

struct Bag {
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<std::array<int, 3>>(std::array<int, 3>{1, 2, 3}),
      "__iter__"_a = [](auto& self) { return klass::getattr(self, "items"_a); });
};
inline int use() {
  klass::ref<Bag> bag(*new klass::instance<Bag>());
  int sum = 0;
  for (int x : bag) sum += x;
  for (auto it = klass::begin(bag); it != klass::end(bag); ++it) sum += *it;
  static_cast<void>(klass::iter(bag));
  return sum;
}
[[maybe_unused]] klass::error::object_is_not_iterable<Bag>* e1 = nullptr;
[[maybe_unused]] klass::error::iter_returned_non_iterator<int>* e2 = nullptr;
