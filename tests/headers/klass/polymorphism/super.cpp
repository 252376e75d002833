// Uses of what <klass/polymorphism/super.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/super.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 1; });
};
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 2; });
};
struct C {
  using bases = klass::bases<B>;
};
inline int use() {
  klass::handle<B> b = klass::ref<C>(*new klass::instance<C>());
  klass::super_handle<B, B> after_b = klass::super<B>(b);  // super(B, b): A's f, for the object's own class
  return klass::getattr(after_b, "f"_a)() + klass::getattr(klass::super<B>(b), "f"_a)();
}
// Assigning or deleting through super is refused: only declared here.
template <class X, class H>
concept settable_through_super = requires(const klass::super_handle<X, H>& s) {
  klass::setattr(s, "f"_a, 1);
  klass::delattr(s, "f"_a);
};
