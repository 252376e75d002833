// Uses of what <klass/lookup.hpp> declares, with only it included (tests/harness.py header).
#include <klass/lookup.hpp>

#include <string>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = 1, "name"_a = klass::field<std::string>,
                                           "f"_a = [](auto&) { return 2; },
                                           "c"_a = klass::classmethod([](auto cls) { return cls.__name__; }));
};
inline void use() {
  klass::instance<A> a;  // what calling klass::cls<A> (<klass/create.hpp>) makes
  int x = klass::getattr(a, "x"_a) + klass::getattr(a, "f"_a)();
  klass::setattr(a, "name"_a, std::string("n"));
  bool has = klass::hasattr(a, "name"_a);
  klass::delattr(a, "name"_a);
  constexpr klass::class_object<A> A_{};
  klass::setattr(A_, "x"_a, x);
  bool on_class = klass::hasattr(A_, "c"_a) && klass::getattr(A_, "c"_a)() == "A";
  klass::ref<A> r(*new klass::instance<A>());
  klass::setattr(r, "name"_a, std::string("r"));
  static_cast<void>(klass::getattr(r, "name"_a).size() + has + on_class + klass::hasattr(r, "x"_a));
  klass::delattr(r, "name"_a);
}
// The name clang 14 shows for getattr on a value that is not a klass object.
[[maybe_unused]] klass::error::getattr_needs_a_klass_object<int, decltype("y"_a)>* not_klass = nullptr;
