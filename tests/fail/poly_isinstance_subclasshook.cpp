// An ABC's __subclasshook__ is a function of the class, evaluated at compile
// time; the class of an object held by a base handle is known only at run time,
// so isinstance through the handle with such an ABC is refused. The twin asks
// on the exact klass::ref.
// expect: TypeError
// expect-python: klass cannot ask 'Sized.__subclasshook__' about a class known only at run time; ask isinstance of an exact klass::ref
// expect-clang14: klass::error::subclasshook_cannot_be_asked_about_a_class_known_only_at_run_time<Sized>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Sized {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict(
      "__subclasshook__"_a = klass::classmethod([](auto, auto c) { return klass::hasattr(c, "__len__"_a); }));
};
struct Box {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return 0; });
};

int main() {
  auto box = klass::cls<Box>();
  klass::handle<klass::object> any = box;
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  const bool sized = klass::isinstance(any, klass::cls<Sized>);  // the answer used
  std::cout << (sized ? "sized" : "not sized") << '\n';
  return sized + 1;
#else
  return klass::isinstance(any, klass::cls<Sized>) ? 0 : 1;
#endif
#else
  return klass::isinstance(box, klass::cls<Sized>) ? 0 : 1;
#endif
}
