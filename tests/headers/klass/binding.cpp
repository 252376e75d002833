// Uses of <klass/binding.hpp>, an internal header (no public names; a test of
// internals): the one binding rule, for an instance and for the class.
#include <klass/binding.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("f"_a = [](auto&, int x) { return x; },
                                           "c"_a = klass::classmethod([](auto cls) { return cls.__name__; }),
                                           "__call__"_a = [](auto&) { return 3; });
};
inline int use() {
  klass::instance<A> a;
  using f = klass::detail::type_lookup<A, decltype("f"_a)>;
  using c = klass::detail::type_lookup<A, decltype("c"_a)>;
  int bound = klass::detail::descr_get<decltype("f"_a), f>(a, klass::class_object<A>{})(1);      // a.f
  int plain = klass::detail::descr_get<decltype("f"_a), f>(klass::none, klass::class_object<A>{})(a, 2);  // A.f
  bool named = klass::detail::descr_get<decltype("c"_a), c>(a, klass::class_object<A>{})() == "A";
  using call = klass::detail::type_lookup<A, decltype("__call__"_a)>;
  return bound + plain + named + klass::detail::descr_get<decltype("__call__"_a), call>(a, klass::class_object<A>{})();
}
