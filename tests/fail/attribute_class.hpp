// The class of the attribute compile-fail cases: one name of each kind (a plain
// class attribute, a field, a method, a property, a property without getter), so
// that each case shows one misuse and its passing twin. A case whose misuse is
// inside a method (its result-used variant) defines KLASS_ATTRIBUTE_CLASS_MISUSE,
// a statement on `self`, before including this header: A then has a method g
// that does it (and returns 2), in the variant that expects the failure.
#ifndef KLASS_TESTS_FAIL_ATTRIBUTE_CLASS_HPP
#define KLASS_TESTS_FAIL_ATTRIBUTE_CLASS_HPP

#include <string>

#include <klass/klass.hpp>

struct A {
  static constexpr auto dict = klass::dict(
      klass::attr_c<"qux">{} = "A",
      klass::attr_c<"name">{} = klass::field<std::string>,
      klass::attr_c<"f">{} = [](auto&) { return 1; },
      klass::attr_c<"p">{} = klass::property([](auto&) { return 1; }),
#if defined(KLASS_ATTRIBUTE_CLASS_MISUSE) && defined(KLASS_EXPECT_FAIL) && defined(KLASS_RESULT_USED)
      klass::attr_c<"w">{} = klass::property(klass::none, [](auto&, int) {}),
      klass::attr_c<"g">{} = [](auto& self) { KLASS_ATTRIBUTE_CLASS_MISUSE; return 2; });  // the misuse inside a method
#elif defined(KLASS_ATTRIBUTE_CLASS_MISUSE)
      klass::attr_c<"w">{} = klass::property(klass::none, [](auto&, int) {}),
      klass::attr_c<"g">{} = [](auto&) { return 2; });
#else
      klass::attr_c<"w">{} = klass::property(klass::none, [](auto&, int) {}));
#endif
};

#endif
