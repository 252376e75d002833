// Base(65536): __init__(self, **kwargs) takes no positional argument but self.
// expect: TypeError
// expect-python: Base.__init__() takes 1 positional argument but 2 were given
// expect-clang14: klass::runtime::error::takes_1_positional_argument<klass::runtime::Base, int>
#include <iostream>

#include <klass/runtime.hpp>

using namespace klass::literals;

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto b = klass::cls<klass::runtime::Base>(65536);
#else
  auto b = klass::cls<klass::runtime::Base>("memory_size"_a = 65536);
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "instance_name"_a) << '\n';  // the instance used
#endif
  klass::runtime::release(b);
}
