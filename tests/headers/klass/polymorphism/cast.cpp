// Uses of what <klass/polymorphism/cast.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/cast.hpp>

#include <stdexcept>

struct Shape {};
struct Circle {
  using bases = klass::bases<Shape>;
};
struct Square {
  using bases = klass::bases<Shape>;
};
inline bool use() {
  klass::handle<Shape> s = klass::ref<Circle>(*new klass::instance<Circle>());
  const auto circle = klass::cast<Circle>(s);             // a handle of Circle
  const auto exact = klass::cast<klass::ref<Circle>>(s);  // the exact reference
  const klass::handle<Circle> c = klass::cast_or_throw<Circle>(s);
  return circle.has_value() && exact.has_value() && !klass::cast<Square>(s) && klass::is(c, s);
}
