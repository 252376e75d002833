// A descriptor whose value's C++ type depends on the class it is read on (here,
// one registry per class, as klass::runtime::Base's instance_tracker) has no one
// C++ type through a handle of the base; Python's dict is the same type for
// every class. The twin reads it on the exact klass::ref.
// expect: TypeError
// expect-python: 'registry' of 'Base' gives a value whose C++ type depends on the class it is read on: it is not reachable through a handle of 'Base'; use an exact klass::ref
// expect-clang14: klass::error::per_class_value_not_reachable_through_a_base_handle<Base, klass::attr<'r', 'e', 'g', 'i', 's', 't', 'r', 'y'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

template <class C>
struct registry_of {
  static inline int count = 0;
};
// get(instance, owner) gives the registry of the class it is read on.
struct per_class_registry {
  template <class Instance, class C>
  registry_of<C>& get(const Instance&, klass::class_object<C>) const {
    static registry_of<C> one;
    return one;
  }
};

struct Base {
  static constexpr auto dict = klass::dict("registry"_a = per_class_registry{}, "n"_a = klass::field<int>);
};
struct Derived {
  using bases = klass::bases<Base>;
};

int main() {
  auto exact = klass::cls<Derived>();
  klass::handle<Base> b = exact;
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "registry"_a) << '\n';  // the value used
#else
  klass::getattr(b, "registry"_a);
#endif
#else
  klass::getattr(exact, "registry"_a);
#endif
  return klass::getattr(b, "n"_a);
}
