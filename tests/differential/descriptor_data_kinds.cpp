// What makes a data descriptor (the Descriptor HowTo; test_descr's descriptor with
// __set__ and no __get__): __set__ or __delete__ alone is enough to win over the
// instance dict. A read-only one raises AttributeError from __set__. Without
// __get__, the descriptor itself is the attribute's value.
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

struct ReadOnly {
  std::string_view get(auto&, auto) const { return "ro value"; }
  void set(auto&, int) const { throw klass::attribute_error("read-only attribute"); }
};
struct SetOnly {
  std::string_view label = "SetOnly itself";
  void set(auto&, int value) const { print("SetOnly.__set__", value); }
};
struct DeleteOnly {
  std::string_view label = "DeleteOnly itself";
  void del(auto&) const { print("DeleteOnly.__delete__"); }
};
struct GetOnly {
  std::string_view get(auto&, auto) const { return "non-data value"; }
};

// A klass instance holds only declared names; the entry that shadows C's non-data
// `n` is a field, declared in a base since one dict holds one kind per name
// (docs/limitations.md).
struct Layout {
  static constexpr auto dict = klass::dict("n"_a = klass::field<std::string_view>);
};
struct C {
  using bases = klass::bases<Layout>;
  static constexpr auto dict = klass::dict("ro"_a = ReadOnly{}, "s"_a = SetOnly{}, "d"_a = DeleteOnly{}, "n"_a = GetOnly{});
};

int main() {
  constexpr auto C_ = klass::cls<C>;
  auto c = C_();
  print(klass::getattr(c, "ro"_a), klass::getattr(c, "s"_a).label, klass::getattr(c, "d"_a).label,
        klass::getattr(c, "n"_a));
  attempt([&] { klass::setattr(c, "ro"_a, 1); });
  klass::setattr(c, "s"_a, 2);
  klass::delattr(c, "d"_a);
  klass::setattr(c, "n"_a, std::string_view("instance value"));  // a non-data descriptor is shadowed
  print(klass::getattr(c, "ro"_a), klass::getattr(c, "s"_a).label, klass::getattr(c, "d"_a).label,
        klass::getattr(c, "n"_a));
  print(klass::getattr(C_, "s"_a).label, klass::getattr(C_, "d"_a).label, klass::getattr(C_, "n"_a));
  klass::delattr(c, "n"_a);
  print(klass::getattr(c, "n"_a));
  // Left out: del c.ro, del c.s (no __delete__) and c.d = 1 (no __set__), which are
  // Python's AttributeError and klass's compile errors (descriptor_has_no_delete,
  // descriptor_has_no_set in include/klass/attribute_errors.hpp); and a
  // value the set-only descriptor writes into the instance's __dict__ (no __dict__
  // object, docs/limitations.md).
}
