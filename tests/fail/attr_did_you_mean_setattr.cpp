// p.adress = ..., a typo where no instance-dict entry can be made (klass instances
// hold the names their classes declare, as a __slots__ class does): CPython 3.13
// adds its suggestion to this message too.
// expect: AttributeError
// expect-python: 'Person' object has no attribute 'adress' and no __dict__ for setting new attributes. Did you mean: 'address'?
// expect-clang14: klass::error::no_dict_for_setting_new_attributes<Person, klass::attr<'a', 'd', 'r', 'e', 's', 's'>, klass::error::did_you_mean<klass::attr<'a', 'd', 'd', 'r', 'e', 's', 's'>>>
#include <iostream>
#include <string>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Person {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>, "address"_a = klass::field<std::string>,
#if defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
      "move"_a = [](auto& self, const std::string& to) { klass::setattr(self, "adress"_a, to); return to.size(); });  // in a method
#else
      "move"_a = [](auto& self, const std::string& to) { klass::setattr(self, "address"_a, to); return to.size(); });
#endif
};

int main() {
  auto p = klass::cls<Person>();
#ifdef KLASS_EXPECT_FAIL
#ifdef KLASS_RESULT_USED
  std::cout << klass::getattr(p, "move"_a)(std::string("2 High St")) + 1 << '\n';  // ... whose result is used
#else
  klass::setattr(p, "adress"_a, std::string("1 Main St"));
#endif
#else
  klass::setattr(p, "address"_a, std::string("1 Main St"));
#endif
}
