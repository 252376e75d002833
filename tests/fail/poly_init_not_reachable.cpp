// __init__ (and __new__, __init_subclass__, the attribute hooks) are not names a
// base handle offers: subclasses take other arguments there. Python would call
// the object's own __init__ again; the twin uses the exact klass::ref.
// expect: AttributeError
// expect-python: '__init__' is not reachable through a handle of 'Base': subclasses may define it with other arguments; use an exact klass::ref
// expect-clang14: klass::error::not_reachable_through_a_base_handle<Base, klass::attr<'_', '_', 'i', 'n', 'i', 't', '_', '_'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict =
      klass::dict("n"_a = klass::field<int>, "__init__"_a = [](auto& self, int n) { klass::setattr(self, "n"_a, n); });
};

int main() {
  auto exact = klass::cls<Base>(1);
  klass::handle<Base> b = exact;
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "__init__"_a)(2) << '\n';  // the result used
#else
  klass::getattr(b, "__init__"_a)(2);
#endif
#else
  klass::getattr(exact, "__init__"_a)(2);
#endif
  return klass::getattr(b, "n"_a) == 2 ? 0 : 1;
}
