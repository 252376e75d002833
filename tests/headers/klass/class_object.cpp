// Uses of what <klass/class_object.hpp> declares, with only it included
// (tests/harness.py header). Calling a class object is <klass/create.hpp>'s, with klass::cls.
#include <klass/class_object.hpp>

struct A {};
constexpr klass::class_object<A> a{};
static_assert(a.__name__ == "A" && a == klass::class_object<A>{});
static_assert(std::is_same_v<decltype(a)::type, A>);
