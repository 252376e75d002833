// p.adress, a typo: Python 3.13 names the nearest attribute (traceback's suggestion,
// by weighted edit distance); klass computes the same at compile time over the
// names the classes of the MRO declare.
// expect: AttributeError
// expect-python: 'Person' object has no attribute 'adress'. Did you mean: 'address'?
// expect-clang14: klass::error::object_has_no_attribute<Person, klass::attr<'a', 'd', 'r', 'e', 's', 's'>, klass::error::did_you_mean<klass::attr<'a', 'd', 'd', 'r', 'e', 's', 's'>>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
  static constexpr auto dict = klass::dict("name"_a = klass::field<std::string>, "address"_a = klass::field<std::string>,
                                           "greet"_a = [](auto&, const std::string& other) { return "hi " + other; });
};

int main() {
  auto p = klass::cls<Person>();
  klass::setattr(p, "address"_a, std::string("1 Main St"));
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << "lives at " << klass::getattr(p, "adress"_a) << '\n';  // the refused result used
#else
  klass::getattr(p, "adress"_a);
#endif
#else
  klass::getattr(p, "address"_a);
#endif
}
