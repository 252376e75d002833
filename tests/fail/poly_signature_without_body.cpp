// klass::signature<R(Args...)>() without a function declares a method for
// subclasses to implement; calling it on a class that does not (here, through
// super from the class that declares it) has nothing to call. Python's abstract
// method body would run; the twin gives the declaration a body.
// expect: TypeError
// expect-python: a method declared by klass::signature<R(Args...)>() alone has no body to call
// expect-clang14: klass::error::method_declared_by_its_signature_alone_has_no_body<double ()>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Shape {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("area"_a = klass::signature<double()>());
#else
  static constexpr auto dict = klass::dict("area"_a = klass::signature<double()>([](auto&) { return 0.0; }));
#endif
};

int main() {
  auto s = klass::cls<Shape>();
#ifdef KLASS_RESULT_USED
  auto area = klass::getattr(s, "area"_a);  // the result used
  std::cout << area() * 2 + area() << '\n';
#endif
  return static_cast<int>(klass::getattr(s, "area"_a)());
}
