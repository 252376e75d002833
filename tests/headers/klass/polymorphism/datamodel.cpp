// Uses of what <klass/polymorphism/datamodel.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/datamodel.hpp>

#include <cstddef>
#include <functional>
#include <sstream>
#include <string>

using namespace klass::literals;

struct Shape {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 0; });
};
struct Polygon {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 5; },
                                           "__repr__"_a = [](auto&) { return std::string("Polygon()"); });
};
inline bool use() {
  klass::handle<Shape> s = klass::ref<Polygon>(*new klass::instance<Polygon>());
  std::ostringstream out;
  out << s;  // print(s): str, which falls back on the class's __repr__
  return klass::len(s) == 5 && klass::repr(s) == "Polygon()" && klass::str(s) == out.str() &&
         std::hash<klass::handle<Shape>>{}(s) == static_cast<std::size_t>(klass::hash(s));
}
[[maybe_unused]] klass::error::object_has_no_len_through_a_handle_of_the_base<Shape>* e1 = nullptr;
