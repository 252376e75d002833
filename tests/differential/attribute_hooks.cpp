// test_descr's overloading of __getattr__, __setattr__ and __delattr__: the hooks
// take the name and may handle it themselves or hand it on to object's own
// behaviour; assignments the hooks make go through the hooks again.
#include <string>
#include <string_view>
#include <type_traits>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

using foo_t = decltype("foo"_a);

struct B {};

struct C {
  using bases = klass::bases<B>;
  static constexpr auto dict = klass::dict(
      "setattr"_a = klass::field<std::string>,
      "delattr"_a = klass::field<std::string>,
      "other"_a = klass::field<std::string>,
      "__getattr__"_a = [](auto&, auto name) -> std::string {
        print("C.__getattr__", std::string_view(name));
        if constexpr (std::is_same_v<decltype(name), foo_t>) return "('getattr', 'foo')";
        throw klass::attribute_error(std::string(std::string_view(name)));
      },
      "__setattr__"_a = [](auto& self, auto name, auto value) {
        print("C.__setattr__", std::string_view(name));
        if constexpr (std::is_same_v<decltype(name), foo_t>)
          klass::setattr(self, "setattr"_a, "('foo', " + std::to_string(value) + ")");  // %r of an int
        else  // object.__setattr__(self, name, value)
          klass::getattr(klass::cls<klass::object>, "__setattr__"_a)(self, name, value);
      },
      "__delattr__"_a = [](auto& self, auto name) {
        print("C.__delattr__", std::string_view(name));
        if constexpr (std::is_same_v<decltype(name), foo_t>)
          klass::setattr(self, "delattr"_a, std::string(std::string_view(name)));
        else  // object.__delattr__(self, name)
          klass::getattr(klass::cls<klass::object>, "__delattr__"_a)(self, name);
      });
};

int main() {
  auto a = klass::cls<C>();
  print(klass::getattr(a, "foo"_a));
  klass::setattr(a, "foo"_a, 12);
  print(klass::getattr(a, "setattr"_a));
  klass::delattr(a, "foo"_a);
  print(klass::getattr(a, "delattr"_a));
  klass::setattr(a, "other"_a, std::string("five"));
  print(klass::getattr(a, "other"_a));
  klass::delattr(a, "other"_a);
  attempt([&] { klass::getattr(a, "other"_a); });
  attempt([&] { klass::delattr(a, "other"_a); });
}
