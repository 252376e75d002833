// Uses of what <klass/datamodel/classinfo.hpp> declares, with only it included
// (tests/harness.py header): isinstance and issubclass with a tuple of classes.
#include <klass/datamodel/classinfo.hpp>

#include <boost/hana/tuple.hpp>

struct A {};
struct B {};
struct C { using bases = klass::bases<B>; };
static_assert(klass::issubclass<C, boost::hana::tuple<A, B>> && !klass::issubclass<A, boost::hana::tuple<B, C>>);
inline bool use() {
  klass::ref<C> c(*new klass::instance<C>());
  return klass::isinstance(c, boost::hana::make_tuple(klass::class_object<A>{}, klass::class_object<B>{}));
}
