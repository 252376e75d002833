// Uses of what <klass/datamodel/hash.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/hash.hpp>

#include <cstddef>
#include <functional>

using namespace klass::literals;

struct Key {
  static constexpr auto dict = klass::dict("__hash__"_a = [](auto&) { return 7; },
                                           "__eq__"_a = [](auto&, const auto&) { return true; });
};
static_assert(klass::is_hashable<Key>);
inline std::size_t use() {
  klass::ref<Key> k(*new klass::instance<Key>());
  return static_cast<std::size_t>(klass::hash(k)) + std::hash<klass::ref<Key>>{}(k);
}
[[maybe_unused]] klass::error::unhashable_type<Key>* e1 = nullptr;
[[maybe_unused]] klass::error::hash_should_return_an_integer<Key, double>* e2 = nullptr;
