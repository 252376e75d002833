// Uses of what <klass/datamodel/special.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/special.hpp>

using namespace klass::literals;

struct V {
  static constexpr auto dict = klass::dict("x"_a = klass::field<int>(1));
};
struct W {};
static_assert(klass::instance_of<klass::ref<V>, V> && !klass::instance_of<klass::ref<W>, V> && !klass::instance_of<int, V>);
constexpr klass::or_not_implemented<int> declined = klass::NotImplemented;
static_assert(declined.is_not_implemented());
inline int use(const klass::instance<V>& v) {  // attribute access on a const instance
  klass::setattr(v, "x"_a, 2);
  int x = klass::getattr(v, "x"_a) + klass::hasattr(v, "x"_a);
  klass::delattr(v, "x"_a);
  klass::or_not_implemented<int> answered = 3;
  return x + answered.value();
}
