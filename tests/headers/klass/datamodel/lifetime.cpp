// Uses of <klass/datamodel/lifetime.hpp>, which declares no public name: __del__
// runs once, when the last reference goes.
#include <klass/datamodel/lifetime.hpp>

using namespace klass::literals;

inline int finalized = 0;
struct Mortal {
  static constexpr auto dict = klass::dict("__del__"_a = [](auto&) { ++finalized; });
};
inline bool use() {
  { klass::ref<Mortal> m(*new klass::instance<Mortal>()); }
  return finalized == 1;
}
