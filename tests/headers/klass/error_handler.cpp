// Uses of what <klass/error_handler.hpp> declares, with only it included (tests/harness.py header).
#include <klass/error_handler.hpp>

struct Person {};
struct name_tag {};
[[noreturn]] inline void quiet(std::string_view, std::string_view) { std::abort(); }
inline bool use() {
  const klass::error_handler previous = klass::set_error_handler(&quiet);
  const bool installed = klass::get_error_handler() == &quiet;
  klass::set_error_handler(previous);
  // error::needs_exceptions<Class, Name> names, in a refusal, what would have to be caught.
  using refused_without_exceptions = klass::error::needs_exceptions<Person, name_tag>*;
  return installed && refused_without_exceptions{} == nullptr;
}
