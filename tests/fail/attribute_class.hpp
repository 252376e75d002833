// The class of the attribute compile-fail cases: one name of each kind (a plain
// class attribute, a field, a method, a property, a property without getter), so
// that each case shows one misuse and its passing twin.
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
      klass::attr_c<"w">{} = klass::property(klass::none, [](auto&, int) {}));
};

#endif
