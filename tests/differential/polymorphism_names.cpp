// Names known only at run time, as a serializer or a command shell has them:
// hasattr(o, name) and getattr(o, name) with a string, on an instance (exact or
// held by a handle of its base: the object's own class answers), and on a class.
// A missing name raises AttributeError with Python's message; so does a
// property without a getter; a __getattr__ taking a string answers any name.
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct Config {
  static constexpr auto dict = klass::dict(
      "host"_a = klass::field<std::string>, "port"_a = klass::field<int>, "scheme"_a = std::string_view("http"),
      "url"_a = klass::property([](auto& self) {
        return std::string(klass::getattr(self, "scheme"_a)) + "://" + klass::getattr(self, "host"_a) + ":" +
               std::to_string(klass::getattr(self, "port"_a));
      }),
      "secret"_a = klass::property(klass::none, [](auto&, std::string) {}),  // write-only
      "__init__"_a = [](auto& self, std::string host, int port) {
        klass::setattr(self, "host"_a, host);
        klass::setattr(self, "port"_a, port);
      });
};
struct SecureConfig {
  using bases = klass::bases<Config>;
  static constexpr auto dict = klass::dict("scheme"_a = std::string_view("https"), "certificate"_a = klass::field<std::string>);
};
struct Anything {
  static constexpr auto dict = klass::dict(
      "known"_a = 1, "__getattr__"_a = [](auto&, std::string_view name) { return 100 + static_cast<int>(name.size()); });
};

// print(getattr(o, name)) for the kinds of values these classes have.
struct show {
  template <class T>
  void operator()(T&& value) const {
    using V = std::remove_cvref_t<T>;
    if constexpr (std::is_same_v<V, std::string> || std::is_same_v<V, std::string_view> || std::is_same_v<V, int>)
      print(value);
    else
      print("<other>");
  }
};

int main() {
  const std::vector<std::string_view> names{"host", "port", "scheme", "url", "secret", "certificate", "missing"};
  auto plain = klass::cls<Config>("example.org", 80);
  auto secure = klass::cls<SecureConfig>("example.org", 443);
  klass::setattr(secure, "certificate"_a, "cert.pem");
  std::vector<klass::handle<Config>> configs{plain, secure};

  for (std::string_view name : names) {
    print(name, klass::hasattr(plain, name), klass::hasattr(configs[0], name), klass::hasattr(configs[1], name),
          klass::hasattr(klass::cls<Config>, name), klass::hasattr(klass::cls<SecureConfig>, name));
    attempt([&] { klass::visit_attr(plain, name, show{}); });
    attempt([&] { klass::visit_attr(secure, name, show{}); });
    attempt([&] { klass::visit_attr(klass::cls<SecureConfig>, name, show{}); });
  }
  // Through a handle of Config: the names Config declares, the object's class answering.
  for (const auto& config : configs) klass::visit_attr(config, "url", show{});

  auto anything = klass::cls<Anything>();
  print(klass::hasattr(anything, std::string_view("known")), klass::hasattr(anything, std::string_view("whatever")));
  klass::visit_attr(anything, "known", show{});
  klass::visit_attr(anything, "whatever", show{});
}
