// The habr notes (part 2), Singleton v.1: __new__ keeps the one instance in the
// class attribute `instance` and returns it on every call. __new__ returns an
// instance of C each time, so __init__ runs on every call (added here to show it;
// examples/singleton_metaclass.cpp runs it once).
#include <iostream>
#include <klass/klass.hpp>
#include <optional>

using namespace klass::literals;

struct C {
  static constexpr auto dict = klass::dict(
      // A class attribute is a compile-time value, and an instance is not one: the
      // attribute is a staticmethod giving the variable that holds it (None at first).
      "instance"_a = klass::staticmethod([]() -> std::optional<klass::ref<C>>& {
        static std::optional<klass::ref<C>> instance;
        return instance;
      }),
      "__new__"_a =
          [](auto cls) {
            auto& instance = klass::getattr(cls, "instance"_a)();
            if (!instance) instance = klass::getattr(klass::super<C>(cls), "__new__"_a)(cls);
            return *instance;
          },
      "__init__"_a = [](auto& /*self*/) { std::cout << "C.__init__\n"; }, "x"_a = klass::field<int>);
};

int main() {
  constexpr auto C_ = klass::cls<C>;
  std::cout << (klass::is(C_(), C_()) ? "True" : "False") << '\n';
  klass::setattr(C_(), "x"_a, 1);
  auto c = C_();
  auto d = C_();
  std::cout << klass::getattr(c, "x"_a) << '\n';
  std::cout << klass::getattr(d, "x"_a) << '\n';
  klass::setattr(c, "x"_a, 2);
  std::cout << klass::getattr(d, "x"_a) << '\n';
  std::cout << klass::getattr(c, "x"_a) << '\n';
}
