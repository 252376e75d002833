// a.d = 1 where d is a data descriptor defining only __delete__: CPython looks for
// __set__ and raises AttributeError: __set__.
// expect: AttributeError
// expect-python: __set__ (descriptor 'd' of 'A')
// expect-clang14: klass::error::descriptor_has_no_set<A, klass::attr<'d'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct DeleteOnly {
  void del(auto&) {}
};
struct A {
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
  static constexpr auto dict = klass::dict("d"_a = DeleteOnly{}, "g"_a = [](auto& self) {
    klass::setattr(self, "d"_a, 1);  // the misuse inside a method
    return 2;
  });
#else
  static constexpr auto dict = klass::dict("d"_a = DeleteOnly{});
#endif
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(a, "g"_a)() + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(a, "d"_a, 1);
#endif
#else
  klass::delattr(a, "d"_a);
#endif
}
