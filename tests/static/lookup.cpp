// Compile-time facts of lookup (<klass/lookup.hpp>): what can be decided about a
// class's attributes is, at compile time. Compiling this file is the test.
#include <klass/klass.hpp>

using namespace klass::literals;

namespace lookup_is_static {
struct Base {
  static constexpr auto dict = klass::dict("x"_a = 1, "m"_a = klass::member<int>, "name"_a = klass::field<int>);
};
struct Derived {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("x"_a = 2);
};
// Class-level answers are constants: hasattr, and what is found (which class
// defines a name: tests/static/type_lookup.cpp).
static_assert(klass::hasattr(klass::cls<Derived>, "x"_a) && !klass::hasattr(klass::cls<Derived>, "name"_a));
static_assert(klass::cls<Derived>.__name__ == "Derived");
}  // namespace lookup_is_static

namespace namespace_edits {
// A function as metaclass rewrites the namespace the class is created with.
struct mymeta {
  constexpr auto operator()(auto, const auto& attrs) const { return attrs.with("foo"_a = "bar"); }
};
struct D {
  using metaclass = klass::function_metaclass<mymeta>;
};
struct E {
  using bases = klass::bases<D>;
};
static_assert(klass::hasattr(klass::cls<D>, "foo"_a) && klass::hasattr(klass::cls<E>, "foo"_a));
// (The namespace itself: tests/static/class_dict.cpp.)
}  // namespace namespace_edits
