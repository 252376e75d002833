// super(C, o).f through a handle of C: after C in the object's own MRO may come a
// class C does not know (D(C, B): after C comes B). Through C, f after C is A's
// (returning an int); B's returns a string, so a handle of C cannot hold a D.
// Python calls whichever it finds. The twin's B.f returns an int.
// expect: TypeError
// expect-python: a handle of 'C' cannot hold a 'D' object: super(C, o).f is '
// expect-gcc: a handle of \'C\' cannot hold a \'D\' object: super(C, o).f is \'int()\' through \'C\' but
// expect-clang14: klass::error::attribute_after_the_class_has_another_type_on_the_class<D, C, C, klass::attr<'f'>, int (),
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 1; });
};
struct B {
  using bases = klass::bases<A>;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return std::string("B"); });
#else
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 2; });
#endif
};
struct C {
  using bases = klass::bases<A>;
  static constexpr auto dict = klass::dict("f"_a = [](auto&) { return 3; });
};
struct D {
  using bases = klass::bases<C, B>;
};

int main() {
  klass::handle<C> c = klass::cls<D>();
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(klass::super<C>(c), "f"_a)() + 1 << '\n';  // the handle used
#endif
  return klass::getattr(c, "f"_a)();
}
