// Base(memory_size=1, memory_size=2): Python refuses a repeated keyword (a SyntaxError
// in source, "got multiple values" through **); klass gives the call's TypeError.
// expect: TypeError
// expect-python: Base.__init__() got multiple values for keyword argument 'memory_size'
// expect-clang14: klass::runtime::error::got_multiple_values_for_keyword_argument<klass::runtime::Base, klass::attr<'m', 'e', 'm', 'o', 'r', 'y', '_', 's', 'i', 'z', 'e'>>
#include <iostream>

#include <klass/runtime.hpp>

using namespace klass::literals;

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto b = klass::cls<klass::runtime::Base>("memory_size"_a = 8192, "memory_size"_a = 65536);
#else
  auto b = klass::cls<klass::runtime::Base>("memory_size"_a = 65536);
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "instance_name"_a) << '\n';  // the instance used
#endif
  klass::runtime::release(b);
}
