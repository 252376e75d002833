// Uses of what <klass/ref.hpp> declares, with only it included (tests/harness.py header).
#include <klass/ref.hpp>

struct A {};
struct B {};
inline bool use() {
  klass::ref<A> a(*new klass::instance<A>());
  klass::ref<A> alias = a;
  klass::ref<B> b(*new klass::instance<B>());
  static_assert(std::is_same_v<decltype(a)::klass_type, A>);
  static_assert(klass::type_of(a) == klass::class_object<A>{});
  // (bool(a), a[k], a(...) are the data model's: <klass/datamodel.hpp>.)
  return klass::is(a, alias) && !klass::is(a, b) && a.get() == &*alias && klass::ref<A>().get() == nullptr;
}
