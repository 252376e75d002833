// A context manager: __enter__ gives the value bound by `as`, __exit__ sees the
// exception the body raised and suppresses it by returning true (docs/datamodel.md).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

std::string list_repr(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", '" : "'") + item + "'";
  return out + "]";
}

struct Transaction {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>, "log"_a = klass::field<std::vector<std::string>>,
      "__init__"_a =
          [](auto& self, std::string name) {
            klass::setattr(self, "name"_a, name);
            klass::setattr(self, "log"_a, std::vector<std::string>{});
          },
      "__enter__"_a =
          [](auto& self) -> auto& {
            std::cout << "begin " << klass::getattr(self, "name"_a) << '\n';
            return klass::getattr(self, "log"_a);
          },
      "__exit__"_a = [](auto& self, std::exception_ptr error) {
        if (!error) {
          std::cout << "commit " << klass::getattr(self, "name"_a) << ' ' << list_repr(klass::getattr(self, "log"_a))
                    << '\n';
          return false;
        }
        try {
          std::rethrow_exception(error);
        } catch (const klass::exception& e) {
          std::cout << "rollback " << klass::getattr(self, "name"_a) << " after " << e.python_name() << ": " << e.what()
                    << '\n';
          return dynamic_cast<const klass::value_error*>(&e) != nullptr;  // a bad value is handled here
        }
      });
};

int main() {
  constexpr auto T = klass::cls<Transaction>;
  klass::with(T("t1"), [](std::vector<std::string>& log) {
    log.push_back("a");
    log.push_back("b");
  });
  klass::with(T("t2"), [](std::vector<std::string>& log) {
    log.push_back("c");
    throw klass::value_error("bad amount");
  });
  std::cout << "after t2\n";
  try {
    klass::with(T("t3"), [] { throw klass::key_error("'account'"); });
  } catch (const klass::key_error& e) {
    std::cout << "KeyError: " << e.what() << '\n';
  }
}
