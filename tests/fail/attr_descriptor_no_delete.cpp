// del a.d where d is a data descriptor defining only __set__: CPython looks for
// __delete__ and raises AttributeError: __delete__.
// expect: AttributeError
// expect-gcc: __delete__ (descriptor \'d\' of \'A\')
// expect-clang: klass::error::descriptor_has_no_delete<A, klass::attr<'d'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct SetOnly {
  void set(auto&, int) {}
};
struct A {
  static constexpr auto dict = klass::dict("d"_a = SetOnly{});
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::delattr(a, "d"_a);
#else
  klass::setattr(a, "d"_a, 1);
#endif
}
