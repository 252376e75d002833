// Uses of what <klass/instance.hpp> declares, with only it included (tests/harness.py header).
#include <klass/instance.hpp>

struct A {};
inline void use() {
  klass::instance<A> a;  // an instance is created by calling its class (<klass/create.hpp>)
  static_assert(std::is_same_v<decltype(a)::klass_type, A>);
  static_assert(klass::type_of(a) == klass::class_object<A>{});
  [[maybe_unused]] auto& dict = a.dict;
  [[maybe_unused]] klass::ref<A>* ref_is_declared_here_defined_in_ref_hpp = nullptr;
}
