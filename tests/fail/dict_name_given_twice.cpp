// A name given twice in one klass::dict. Python lets a class body rebind a name
// (the last binding wins); a klass dict is one declaration, so this is refused.
// expect: SyntaxError
// expect-python: name 'x' is given twice in one class dict
// expect-clang14: klass::error::name_given_twice_in_one_class_dict<klass::attr<'x'>>
#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct A { static constexpr auto dict = klass::dict("x"_a = 1, "y"_a = 2, "x"_a = 3); };
#else
struct A { static constexpr auto dict = klass::dict("x"_a = 1, "y"_a = 2, "z"_a = 3); };
#endif

int main() {
#ifdef KLASS_RESULT_USED
  return klass::getattr(klass::cls<A>, "x"_a) + klass::getattr(klass::cls<A>, "y"_a) == 5 ? 0 : 1;  // the class used
#else
  return A::dict.size == 3 ? 0 : 1;
#endif
}
