// A class that defines __eq__ but not __hash__ gets __hash__ = None
// (type_new): hash(a), and so an unordered container of them, is a TypeError.
// expect: TypeError
// expect-python: unhashable type: 'A'
// expect-clang14: klass::error::unhashable_type<A>
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
#ifdef KLASS_RESULT_USED
  return set.insert(klass::cls<A>()).second ? 0 : 1;  // the insertion's answer used
#else
  set.insert(klass::cls<A>());
#endif
}
