// Uses of what <klass/polymorphism/signature.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/signature.hpp>

#include <type_traits>

struct A {};
inline int use() {
  // A method's signature stated: called with its self, it takes exactly int.
  constexpr auto twice = klass::signature<int(int)>([](auto&, auto x) { return 2 * x; });
  static_assert(std::is_same_v<typename decltype(twice)::klass_signature, int(int)>);
  // Declared alone (for an abstract method): it has no body.
  constexpr klass::signature_t<double()> area = klass::signature<double()>();
  static_assert(std::is_same_v<decltype(area)::klass_signature, double()>);
  klass::instance<A> a;
  return twice(a, 21);
}
[[maybe_unused]] klass::error::method_declared_by_its_signature_alone_has_no_body<double()>* e1 = nullptr;
