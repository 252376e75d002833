// Uses of what <klass/isinstance.hpp> declares, with only it included (tests/harness.py header).
#include <klass/isinstance.hpp>

struct A {};
struct B { using bases = klass::bases<A>; };
static_assert(klass::issubclass<B, A> && klass::issubclass<B, klass::object> && !klass::issubclass<A, B>);
static_assert(klass::isinstance(klass::class_object<A>{}, klass::class_object<klass::type>{}));
static_assert(klass::isinstance(42, klass::class_object<klass::object>{}) && !klass::isinstance(42, klass::class_object<A>{}));
inline bool use() {
  klass::instance<B> b;
  klass::ref<B> r(*new klass::instance<B>());
  return klass::isinstance(b, klass::class_object<A>{}) && klass::isinstance(r, klass::class_object<B>{});
}
