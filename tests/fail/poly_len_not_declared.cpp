// len(s) where s may hold any Shape and Shape declares no __len__: through a
// handle only what the base declares is reachable (a type checker asks for a
// Sized); Python would ask the object's class at run time. The twin's base
// declares __len__.
// expect: TypeError
// expect-python: object of type 'Shape' has no len() (through a handle of 'Shape'; the object may be a subclass)
// expect-clang14: klass::error::object_has_no_len_through_a_handle_of_the_base<Shape>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Shape {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("sides"_a = klass::property([](auto&) { return 0; }));
#else
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 0; });
#endif
};
struct Polygon {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 5; });
};

int main() {
  klass::handle<Shape> s = klass::cls<Polygon>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::len(s) + 1 << '\n';  // the length used
#endif
  return static_cast<int>(klass::len(s));
}
