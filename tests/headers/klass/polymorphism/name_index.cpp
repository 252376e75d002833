// Uses of <klass/polymorphism/name_index.hpp>, an internal header (no public names;
// a test of internals): finding a name known at run time among a class's names.
#include <klass/polymorphism/name_index.hpp>

#include <string_view>

using namespace klass::literals;
namespace detail = klass::detail;

using names = detail::type_list<decltype("x"_a), decltype("area"_a), decltype("__len__"_a)>;
static_assert(detail::name_index<names>::find(std::string_view("area")) == 1);
static_assert(detail::name_index<names>::find(detail::name_key::of<decltype("__len__"_a)>()) == 2);
static_assert(detail::name_index<names>::find(std::string_view("nope")) == detail::npos);

struct Plain {};
struct Proxy {
  static constexpr auto dict = klass::dict("__getattr__"_a = [](auto&, std::string_view) { return 1; });
};
static_assert(!detail::has_attribute_hooks<Plain> && detail::has_attribute_hooks<Proxy>);
static_assert(detail::answers_runtime_names<Plain> && detail::answers_runtime_names<Proxy>);
