// a.d = 1 where d is a data descriptor defining only __delete__: CPython looks for
// __set__ and raises AttributeError: __set__.
// expect: AttributeError
// expect-gcc: __set__ (descriptor \'d\' of \'A\')
// expect-clang: klass::error::descriptor_has_no_set<A, klass::attr<'d'>>
#include <klass/klass.hpp>

using namespace klass::literals;

struct DeleteOnly {
  void del(auto&) {}
};
struct A {
  static constexpr auto dict = klass::dict("d"_a = DeleteOnly{});
};

int main() {
  auto a = klass::cls<A>();
#ifdef KLASS_EXPECT_FAIL
  klass::setattr(a, "d"_a, 1);
#else
  klass::delattr(a, "d"_a);
#endif
}
