// A class that defines __eq__ but not __hash__ gets __hash__ = None
// (type_new): hash(a), and so an unordered container of them, is a TypeError.
// expect: TypeError
// expect-gcc: unhashable type: \'A\'
// expect-clang: klass::error::unhashable_type<A>
#include <cstddef>
#include <exception>
#include <unordered_set>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct A {
  static constexpr auto dict = klass::dict("__eq__"_a = [](auto&, const auto&) { return true; });
};
#else
struct A {
  static constexpr auto dict =
      klass::dict("__eq__"_a = [](auto&, const auto&) { return true; }, "__hash__"_a = [](auto&) { return 0; });
};
#endif

int main() {
  std::unordered_set<klass::ref<A>> set;
  set.insert(klass::cls<A>());
}
