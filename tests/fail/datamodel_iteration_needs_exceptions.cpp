// for x in Countdown(): Python ends the loop when __next__ raises StopIteration,
// which the loop catches. With exceptions off (here KLASS_EXCEPTIONS 0, as
// -fno-exceptions makes it) klass cannot catch, so it refuses to iterate through
// __next__ rather than never end (docs/build_modes.md). Its twin iterates a class
// whose __iter__ gives a C++ range, which ends without an exception.
// expect: needs C++ exceptions
// expect-clang: klass::error::needs_exceptions<Countdown, klass::attr<'_', '_', 'n', 'e', 'x', 't', '_', '_'>>
#define KLASS_EXCEPTIONS 0
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

#ifdef KLASS_EXPECT_FAIL
struct Countdown {
  static constexpr auto dict = klass::dict(
      "left"_a = klass::field<int>,
      "__iter__"_a = [](auto& self) { return klass::ref<Countdown>(self); },
      "__next__"_a = [](auto& self) { return klass::getattr(self, "left"_a)--; });
};
#endif
struct Numbers {
  static constexpr auto dict = klass::dict(
      "items"_a = klass::field<std::vector<int>>,
      "__iter__"_a = [](auto& self) -> auto& { return klass::getattr(self, "items"_a); });
};

int main() {
  int sum = 0;
#ifdef KLASS_EXPECT_FAIL
  auto c = klass::cls<Countdown>();
#ifdef KLASS_RESULT_USED
  for (int x : c) sum += 2 * x + 1;  // each element used in an expression
#else
  for (int x : c) sum += x;
#endif
#else
  auto n = klass::cls<Numbers>();
  klass::setattr(n, "items"_a, std::vector<int>{1, 2, 3});
  for (int x : n) sum += x;
#endif
  return sum;
}
