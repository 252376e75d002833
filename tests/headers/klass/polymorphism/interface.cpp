// Uses of <klass/polymorphism/interface.hpp>, an internal header (no public names;
// a test of internals): what each name of a class is, as one C++ type.
#include <klass/polymorphism/interface.hpp>

#include <type_traits>

using namespace klass::literals;
namespace detail = klass::detail;

struct Shape {
  static constexpr auto dict = klass::dict("sides"_a = klass::field<int>, "area"_a = [](auto&) { return 0.0; },
                                           "twice"_a = [](auto&, auto x) { return 2 * x; },
                                           "__init__"_a = [](auto&) {});
};
using sides = decltype("sides"_a);
using area = decltype("area"_a);
using twice = decltype("twice"_a);

// The names a handle of Shape reaches: its namespace less the creation protocol.
static_assert(detail::outside_interface("__init__") && !detail::outside_interface("area"));
static_assert(std::is_same_v<detail::interface_of<Shape>::names, detail::type_list<sides, area, twice>>);
// getattr's one C++ type per name: a field's reference, a method's signature, none for a generic method.
static_assert(detail::get_access<Shape, sides>::mode == detail::get_mode::value);
static_assert(std::is_same_v<detail::get_access<Shape, sides>::got, int&>);
static_assert(detail::get_access<Shape, area>::mode == detail::get_mode::method);
static_assert(std::is_same_v<detail::get_access<Shape, area>::signature::type, double()>);
static_assert(detail::get_access<Shape, twice>::mode == detail::get_mode::generic_method);
static_assert(detail::get_access<Shape, decltype("nope"_a)>::mode == detail::get_mode::refused);
// setattr and delattr: a field takes an int and can be deleted.
static_assert(detail::set_access<Shape, sides>::mode == detail::set_mode::typed);
static_assert(std::is_same_v<detail::set_access<Shape, sides>::type, int>);
static_assert(detail::deletable<Shape, sides>() && !detail::deletable<Shape, area>());
static_assert(detail::gives_as<int, long>() && !detail::gives_as<double, int>());
