// Animal writes `using bases = klass::object;` instead of klass::bases<...>: it is
// not a klass class, so Dog, which names it as a base, cannot be created. (Python
// has no such class to name; klass says which base and why.)
// expect: TypeError
// expect-python: base 'Animal' of 'Dog' is not a klass class (its `bases` is not a klass::bases<...> list)
// expect-clang14: klass::error::not_a_klass_class<Animal, Dog>
#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct Animal { using bases = klass::object; static constexpr auto dict = klass::dict("legs"_a = 4); };
#else
struct Animal { using bases = klass::bases<klass::object>; static constexpr auto dict = klass::dict("legs"_a = 4); };
#endif
struct Dog { using bases = klass::bases<Animal>; };

int main() {
#ifdef KLASS_RESULT_USED
  auto rex = klass::cls<Dog>();  // the instance used
  return klass::getattr(rex, "legs"_a) == 4 ? 0 : 1;
#else
  klass::cls<Dog>();
#endif
}
