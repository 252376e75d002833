// Uses of what <klass/datamodel/text.hpp> declares, with only it included (tests/harness.py header).
#include <klass/datamodel/text.hpp>

#include <sstream>
#include <string>

using namespace klass::literals;

struct Point {
  static constexpr auto dict = klass::dict("__repr__"_a = [](auto&) { return std::string("Point()"); },
                                           "__str__"_a = [](auto&) { return std::string("(0, 0)"); });
};
inline std::string use() {
  klass::ref<Point> p(*new klass::instance<Point>());
  std::ostringstream out;
  out << p << ' ' << klass::class_object<Point>{} << ' ' << klass::none << ' ' << klass::NotImplemented;
  return klass::repr(p) + klass::str(p) + klass::format(p, "") + klass::repr(klass::class_object<Point>{}) +
         klass::repr(klass::none) + out.str();
}
[[maybe_unused]] klass::error::returned_non_string<struct Method, int>* e1 = nullptr;
