// Compile-time facts of attribute names (<klass/names.hpp>): compiling this file is the test.
#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

namespace names {
static_assert(("x"_a).name == "x");
static_assert(std::is_same_v<decltype("qux"_a), klass::attr<'q', 'u', 'x'>>);
static_assert(std::is_same_v<decltype("qux"_a), klass::attr_c<"qux">>);
static_assert(klass::attribute_name<decltype("x"_a)> && !klass::attribute_name<int>);

}  // namespace names
