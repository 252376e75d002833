// Base(x=1): the seed's __init__ takes **kwargs and would set any attribute; a klass
// instance holds only declared names, so a keyword that names no option of `defaults`
// is refused, in the words Python uses for a function without **kwargs.
// expect: TypeError
// expect-python: Base.__init__() got an unexpected keyword argument 'x'
// expect-clang14: klass::runtime::error::unexpected_keyword_argument<klass::runtime::Base, klass::attr<'x'>>
#include <iostream>

#include <klass/runtime.hpp>

using namespace klass::literals;

int main() {
#ifdef KLASS_EXPECT_FAIL
  auto b = klass::cls<klass::runtime::Base>("memory_size"_a = 65536, "x"_a = 1);
#else
  auto b = klass::cls<klass::runtime::Base>("memory_size"_a = 65536, "network_packet_size"_a = 1500);
#endif
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(b, "instance_name"_a) << '\n';  // the instance used
#endif
  klass::runtime::release(b);
}
