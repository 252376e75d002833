// The error handler: with KLASS_EXCEPTIONS 0 klass calls it, instead of throwing,
// where Python raises at run time (docs/build_modes.md). Here exceptions are on,
// so a handler can throw a test exception and the test can see what klass passed;
// tests/consumer/run no_exceptions runs a program built with -fno-exceptions.
#define KLASS_EXCEPTIONS 0
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace {

struct Raised {
  std::string exception, message;
};

void throwing_handler(std::string_view exception, std::string_view message) {
  throw Raised{std::string(exception), std::string(message)};
}

struct Person {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "slot"_a = klass::member<int>,
      "greeting"_a = "hello",
      "greet"_a = [](auto& self) { return std::string(klass::getattr(self, "greeting"_a)) + ", " + klass::getattr(self, "name"_a); });
};

// Which handler is installed, put back at the end of each test.
struct Installed {
  klass::error_handler previous;
  explicit Installed(klass::error_handler handler) : previous(klass::set_error_handler(handler)) {}
  ~Installed() { klass::set_error_handler(previous); }
};

Raised raised_by(auto&& action) {
  try {
    action();
  } catch (const Raised& raised) {
    return raised;
  }
  FAIL("the error handler was not called");
  return {};
}

}  // namespace

TEST_CASE("without exceptions, what only the run time knows goes to the error handler, in Python's words") {
  Installed installed(&throwing_handler);
  auto p = klass::cls<Person>();
  const Raised unset = raised_by([&] { static_cast<void>(klass::getattr(p, "name"_a)); });
  CHECK(unset.exception == "AttributeError");
  CHECK(unset.message == "'Person' object has no attribute 'name'");
  const Raised deleted = raised_by([&] { klass::delattr(p, "name"_a); });
  CHECK(deleted.message == "'Person' object has no attribute 'name'");
  const Raised slot = raised_by([&] { static_cast<void>(klass::getattr(p, "slot"_a)); });
  CHECK(slot.message == "'Person' object has no attribute 'slot'");
  const Raised slot_deleted = raised_by([&] { klass::delattr(p, "slot"_a); });
  CHECK(slot_deleted.message == "slot");  // a __slots__ member names only itself, as CPython's does
}

TEST_CASE("lookups that cannot fail at run time never call the handler") {
  Installed installed(&throwing_handler);
  auto p = klass::cls<Person>();
  klass::setattr(p, "name"_a, std::string("Ann"));
  klass::setattr(p, "slot"_a, 3);
  CHECK(klass::getattr(p, "greet"_a)() == "hello, Ann");
  CHECK(klass::getattr(p, "slot"_a) == 3);
  CHECK(klass::hasattr(klass::cls<Person>, "greet"_a));
  CHECK(klass::mro<Person> == boost::hana::tuple_t<Person, klass::object>);
}

TEST_CASE("set_error_handler returns the handler it replaces; nullptr puts the default back") {
  const klass::error_handler standard = klass::get_error_handler();
  // (Function pointers compared in parentheses: doctest cannot print them.)
  CHECK((standard != nullptr));
  CHECK((klass::set_error_handler(&throwing_handler) == standard));
  CHECK((klass::get_error_handler() == &throwing_handler));
  CHECK((klass::set_error_handler(nullptr) == &throwing_handler));
  CHECK((klass::get_error_handler() == standard));
}
