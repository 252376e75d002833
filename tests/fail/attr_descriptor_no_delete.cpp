// del a.d where d is a data descriptor defining only __set__: CPython looks for
// __delete__ and raises AttributeError: __delete__.
// expect: AttributeError
// expect-python: __delete__ (descriptor 'd' of 'A')
// expect-clang14: klass::error::descriptor_has_no_delete<A, klass::attr<'d'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct SetOnly {
  void set(auto&, int) {}
};
struct A {
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
  static constexpr auto dict = klass::dict("d"_a = SetOnly{}, "g"_a = [](auto& self) {
    klass::delattr(self, "d"_a);  // the misuse inside a method
    return 2;
  });
#else
  static constexpr auto dict = klass::dict("d"_a = SetOnly{});
#endif
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::delattr(a, "d"_a);
#endif
#else
  klass::setattr(a, "d"_a, 1);
#endif
}
