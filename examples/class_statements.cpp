// The habr notes (part 3), "class definitions": a class statement is a statement
// (here inside an if); its body is code whose names become the class dict (an
// if/else in the body decides which methods the class has, a nested class is an
// attribute, a loop can generate methods).
//
// A klass class is a C++ type: declared once, at namespace scope (a local class
// cannot hold the static `dict`), and its body runs when the program is compiled
// -- a constexpr lambda computing the dict is the class body's code.
#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>
#include <iostream>
#include <klass/klass.hpp>

using namespace klass::literals;
namespace hana = boost::hana;

const char* py(bool value) { return value ? "True" : "False"; }

// if True: class A: ... -- the condition is known when the program is compiled.
namespace in_if {
struct A {
  static constexpr auto dict = klass::dict("foo"_a = [](auto&) { std::cout << 42 << '\n'; });
};
}  // namespace in_if

namespace methods_by_condition {
struct A {
  static constexpr auto dict = [] {
    if constexpr (1 > 2)
      return klass::dict("foo"_a = [](auto&) { std::cout << "1>2\n"; });
    else
      return klass::dict("bar"_a = [](auto&) { std::cout << "else\n"; });
  }();
};
}  // namespace methods_by_condition

namespace names_by_condition {
struct A {
  static constexpr auto dict = [] {
    if constexpr (1 > 2)
      return klass::dict(
          "x"_a = 1, "foo"_a = [](auto&) { std::cout << "if\n"; });
    else
      return klass::dict(
          "y"_a = 1, "bar"_a = [](auto&) { std::cout << "else\n"; });
  }();
};
}  // namespace names_by_condition

namespace nested {
struct A {
  struct B {};
  static constexpr auto dict = klass::dict("B"_a = klass::cls<B>);
};
}  // namespace nested

// for f in FIELDS: locals()[f] = lambda self: 42
namespace generated {
constexpr auto FIELDS = hana::make_tuple("a"_a, "b"_a, "c"_a);
struct A {
  static constexpr auto dict =
      hana::unpack(FIELDS, [](auto... f) { return klass::dict((f = [](auto& /*self*/) { return 42; })...); });
};
}  // namespace generated

int main() {
  {
    using namespace in_if;
    klass::getattr(klass::cls<A>(), "foo"_a)();
  }
  {
    using namespace methods_by_condition;
    std::cout << py(klass::hasattr(klass::cls<A>(), "foo"_a)) << '\n';
    // A().foo() raises AttributeError: 'A' object has no attribute 'foo'; in klass a
    // compile error (tests/fail/attr_object_has_no_attribute.cpp), so hasattr asks.
    klass::getattr(klass::cls<A>(), "bar"_a)();
  }
  {
    using namespace names_by_condition;
    constexpr auto A_ = klass::cls<A>;
    std::cout << py(klass::hasattr(A_, "x"_a)) << ' ' << klass::getattr(A_, "y"_a) << ' '
              << py(klass::hasattr(A_, "foo"_a)) << ' ' << py(klass::hasattr(A_, "bar"_a)) << '\n';
    // A.bar() raises TypeError: A.bar() missing 1 required positional argument:
    // 'self'; in klass a compile error (tests/fail/attr_missing_self.cpp).
    klass::getattr(A_(), "bar"_a)();
  }
  {
    using namespace nested;
    std::cout << klass::type_of(klass::getattr(klass::cls<A>, "B"_a)()).__name__ << '\n';
  }
  {
    using namespace generated;
    auto a = klass::cls<A>();
    std::cout << klass::getattr(a, "a"_a)() << ' ' << klass::getattr(a, "b"_a)() << ' ' << klass::getattr(a, "c"_a)()
              << '\n';
    std::cout << py(klass::hasattr(a, "d"_a)) << '\n';
    // a.d() raises AttributeError: 'A' object has no attribute 'd'; in klass a compile
    // error (tests/fail/attr_object_has_no_attribute.cpp).
  }
}
