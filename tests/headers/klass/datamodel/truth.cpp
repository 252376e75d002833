// Uses of what <klass/datamodel/truth.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/truth.hpp>

#include <cstddef>

using namespace klass::literals;

struct Sized {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return std::size_t{2}; });
};
struct Plain {};
inline bool use() {
  klass::ref<Sized> s(*new klass::instance<Sized>());
  klass::ref<Plain> p(*new klass::instance<Plain>());
  return bool(s) && klass::truth(p) && klass::len(s) == 2 && !klass::truth(klass::ref<Plain>()) && klass::truth(1);
}
