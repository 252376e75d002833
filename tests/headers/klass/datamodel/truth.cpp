// Uses of what <klass/datamodel/truth.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/truth.hpp>

#include <cstddef>

using namespace klass::literals;

struct Sized {
  static constexpr auto dict = klass::dict("__len__"_a = [](auto&) { return std::size_t{2}; });
};
struct Plain {};
inline bool use() {
  klass::ref<Sized> s(*new klass::instance<Sized>());
  klass::ref<Plain> p(*new klass::instance<Plain>());
  return bool(s) && klass::truth(p) && klass::len(s) == 2 && !klass::truth(klass::ref<Plain>()) && klass::truth(1);
}
[[maybe_unused]] klass::error::bool_should_return_bool<Sized, int>* e1 = nullptr;
[[maybe_unused]] klass::error::object_has_no_len<Plain>* e2 = nullptr;
[[maybe_unused]] klass::error::cannot_be_interpreted_as_an_integer<double>* e3 = nullptr;
