// A method whose parameters are generic (auto) has no one C++ type through a
// handle of its class: calling it there needs its signature stated. The twin
// states it with klass::signature<int(int)>.
// expect: TypeError
// expect-python: method 'twice' of 'Base' has generic parameters: state its signature with klass::signature<R(Args...)> to call it through a handle of 'Base'
// expect-clang14: klass::error::method_has_generic_parameters_state_its_signature<Base, klass::attr<'t', 'w', 'i', 'c', 'e'>>
#include <iostream>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Base {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict("twice"_a = [](auto&, auto x) { return 2 * x; });
#else
  static constexpr auto dict = klass::dict("twice"_a = klass::signature<int(int)>([](auto&, auto x) { return 2 * x; }));
#endif
};
struct Derived {
  using bases = klass::bases<Base>;
};

int main() {
  klass::handle<Base> b = klass::cls<Derived>();
#ifdef KLASS_RESULT_USED
  auto twice = klass::getattr(b, "twice"_a);  // the method used
  std::cout << twice(2) + 1 << '\n';
#else
  klass::getattr(b, "twice"_a)(2);
#endif
}
