// Uses of what <klass/create.hpp> declares, with only it included (tests/harness.py header).
#include <klass/create.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("x"_a = klass::field<int>,
                                           "__init__"_a = [](auto& self, int x) { klass::setattr(self, "x"_a, x); });
};
static_assert(klass::cls<A>.__name__ == "A");
inline int use() {
  klass::define<A>();
  auto a = klass::cls<A>(1);  // type(A).__call__(A, 1): __new__, then __init__
  static_assert(std::is_same_v<decltype(a), klass::ref<A>>);
  return klass::getattr(a, "x"_a);
}
[[maybe_unused]] klass::error::takes_no_arguments<A>* e1 = nullptr;
[[maybe_unused]] klass::error::object_new_takes_exactly_one_argument<A>* e2 = nullptr;
[[maybe_unused]] klass::error::object_init_takes_exactly_one_argument<A>* e3 = nullptr;
[[maybe_unused]] klass::error::init_should_return_none<A, int>* e4 = nullptr;
[[maybe_unused]] klass::error::init_subclass_takes_no_keyword_arguments<A>* e5 = nullptr;
