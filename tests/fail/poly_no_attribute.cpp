// s.radius where s may hold any Shape: through a handle of Shape only the names
// Shape's MRO declares are reachable (a type checker's rule); Python would look
// radius up on the object's own class at run time. The twin casts first.
// expect: AttributeError
// expect-python: 'Shape' object has no attribute 'radius' (through a handle of 'Shape'; the object may be a subclass)
// expect-clang14: klass::error::object_has_no_attribute_through_a_handle_of_the_base<Shape, klass::attr<'r', 'a', 'd', 'i', 'u', 's'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Shape {
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 0.0; });
};
struct Circle {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("radius"_a = 1.0);
};

int main() {
  klass::handle<Shape> s = klass::cls<Circle>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  auto radius = klass::getattr(s, "radius"_a);  // the value used
  std::cout << radius * 2 + 1 << '\n';
  return radius > 1.0;
#else
  return static_cast<int>(klass::getattr(s, "radius"_a));
#endif
#else
  return static_cast<int>(klass::getattr(*klass::cast<Circle>(s), "radius"_a));
#endif
}
