// Uses of what <klass/super.hpp> declares, with only it included (tests/harness.py header).
#include <klass/super.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 1; },
                                           "c"_a = klass::classmethod([](auto) { return 2; }));
};
struct B {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("f"_a = [](auto& self) { return 10 + klass::getattr(klass::super<B>(self), "f"_a)(); });
};
// super(B, obj) is a klass::super_t; assigning or deleting through it is refused
// (a compile error when called; its type is asked here, not called).
template <class B, class S, auto Mode, class O>
constexpr bool is_super(const klass::super_t<B, S, Mode, O>&) { return true; }
inline int use() {
  klass::instance<B> b;
  klass::ref<B> r(*new klass::instance<B>());
  auto proxy = klass::super<B>(b);
  static_assert(std::is_same_v<decltype(proxy.object), klass::instance<B>&>);
  static_assert(std::is_void_v<decltype(klass::setattr(proxy, "f"_a, 1))> && std::is_void_v<decltype(klass::delattr(proxy, "f"_a))>);
  bool super_is_one = is_super(proxy);
  return super_is_one + klass::getattr(b, "f"_a)() + klass::getattr(klass::super<B>(r), "f"_a)() +
         klass::getattr(klass::super<B>(klass::class_object<B>{}), "c"_a)();
}
[[maybe_unused]] klass::error::super_object_has_no_attribute<decltype("x"_a)>* e1 = nullptr;
[[maybe_unused]] klass::error::super_object_has_no_attribute_for_setting<decltype("x"_a)>* e2 = nullptr;
[[maybe_unused]] klass::error::super_obj_must_be_an_instance_or_subtype_of_type<A, B>* e3 = nullptr;
