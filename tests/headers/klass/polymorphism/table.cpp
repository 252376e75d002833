// Uses of <klass/polymorphism/table.hpp>, an internal header (no public names; a
// test of internals): the dispatch table of a (class, base) pair and a class's record.
#include <klass/polymorphism/table.hpp>

#include <string_view>

using namespace klass::literals;
namespace detail = klass::detail;

struct Shape {
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 0.0; });
};
struct Square {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 4.0; });
};

// The record of Square: its name, its MRO, a table for each class a handle of which can hold it.
constexpr const detail::class_record* square = detail::record_of<Square>();
static_assert(square->name == std::string_view("Square") && square->mro_size == 3);
static_assert(square->mro_names[1] == std::string_view("Shape"));
static_assert(square->find(detail::id_of<Shape>) == 1 && square->mro_contains(detail::id_of<klass::object>));
static_assert(square->tables[1] == &detail::table_of<Square, Shape>::value);
inline double use() {
  klass::instance<Square> s;
  // Through the table of (Square, Shape), Square's area is called.
  const detail::table_entry<Shape, decltype("area"_a)>& area = detail::table_of<Square, Shape>::value;
  return area.get(&s);
}
