// A program built with -fno-exceptions: the compile-time model works; what only
// the run time knows goes to the error handler (docs/build_modes.md).
//   no_exceptions            reads an unset field: the default handler prints
//                            Python's line to stderr and aborts
//   no_exceptions custom     the same with a handler of its own, which exits with 3
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };
static_assert(klass::mro<D> == boost::hana::tuple_t<D, B, C, A, klass::object>);
static_assert(klass::issubclass<D, A>);

struct Person {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "greeting"_a = "hello",
      "greet"_a = [](auto& self) {
        return std::string(klass::getattr(self, "greeting"_a)) + ", " + klass::getattr(self, "name"_a);
      });
};
static_assert(klass::hasattr(klass::cls<Person>, "greet"_a));

// The data model without exceptions: an operator, len, a with statement (whose
// __exit__ then always receives no exception) and __del__.
struct Box {
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<int>(2),
      "__len__"_a = [](auto& self) { return klass::getattr(self, "items"_a); },
      "__add__"_a = [](auto& self, int more) { return klass::getattr(self, "items"_a) + more; },
      "__enter__"_a = [](auto& self) { return klass::getattr(self, "items"_a); },
      "__exit__"_a = [](auto&, std::exception_ptr error) { return error != nullptr; },
      "__del__"_a = [](auto&) {});
};

int data_model() {
  auto box = klass::cls<Box>();
  const int sum = box + 3;                                    // Box.__add__
  const int inside = *klass::with(box, [](int items) { return items * 10; });
  return sum + static_cast<int>(klass::len(box)) + inside;   // 5 + 2 + 20
}

void exit_with_3(std::string_view exception, std::string_view message) {
  std::printf("custom handler: %.*s: %.*s\n", static_cast<int>(exception.size()), exception.data(),
              static_cast<int>(message.size()), message.data());
  std::fflush(stdout);
  std::exit(3);
}

int main(int argc, char** argv) {
  auto p = klass::cls<Person>();
  klass::setattr(p, "name"_a, std::string("Ann"));
  std::printf("%s %d\n", klass::getattr(p, "greet"_a)().c_str(), data_model());
  std::fflush(stdout);
  klass::delattr(p, "name"_a);
  if (argc > 1 && std::string_view(argv[1]) == "custom") klass::set_error_handler(&exit_with_3);
  std::printf("never printed: %s\n", klass::getattr(p, "name"_a).c_str());
  return 0;
}
