// Uses of <klass/class_attributes.hpp>, an internal header (no public names; a
// test of internals): C.__dict__['x'] as a variable, __set_name__ at compile time.
#include <klass/class_attributes.hpp>

#include <string_view>

using namespace klass::literals;

struct Named {
  std::string_view name;
  constexpr void set_name(auto, auto attribute) { name = attribute; }
};
struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "d"_a = Named{});
};
static_assert(klass::detail::set_name_at_compile_time<A, decltype("d"_a)>);
inline int use() {
  klass::detail::class_storage<A, decltype("x"_a)>::value = 2;
  return klass::detail::class_storage<A, decltype("x"_a)>::value +
         static_cast<int>(klass::detail::class_storage<A, decltype("d"_a)>::value.name.size());
}
