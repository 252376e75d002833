// hasattr(o, name) with a name known only at run time: a name o's class does not
// declare can only be answered by its __getattr__, which klass calls with the
// name; a __getattr__ taking only compile-time names (klass::attr) cannot be
// asked. The twin's hook takes a std::string_view.
// expect: TypeError
// expect-python: klass cannot pass a name known only at run time to the __getattribute__ or __getattr__ of 'Proxy': give its name parameter the type std::string_view
// expect-clang14: klass::error::attribute_hooks_cannot_take_a_name_known_only_at_run_time<Proxy>
#include <iostream>
#include <string>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Proxy {
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto dict = klass::dict(
      "__getattr__"_a = []<char... Cs>(auto&, klass::attr<Cs...> name) { return std::string(name.name); });
#else
  static constexpr auto dict =
      klass::dict("__getattr__"_a = [](auto&, std::string_view name) { return std::string(name); });
#endif
};

int main(int argc, char** argv) {
  auto proxy = klass::cls<Proxy>();
#ifdef KLASS_RESULT_USED
  const bool has = klass::hasattr(proxy, std::string_view(argc > 1 ? argv[1] : "anything"));  // the answer used
  std::cout << (has ? "has it" : "has not") << '\n';
  return has + 1;
#else
  return klass::hasattr(proxy, std::string_view(argc > 1 ? argv[1] : "anything")) ? 0 : 1;
#endif
}
