// What a class and an object say about themselves (test_descr's type attribute
// checks): __name__, __qualname__, __module__, __mro__, __bases__, __base__,
// __doc__, __dict__ (names in order, `in`, lookup), __class__, type(C),
// isinstance(C, type); a class attribute assigned through a subclass binds in the
// subclass (type(self).count += 1 counts per class); isinstance with a tuple.
#include <string>
#include <string_view>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
namespace hana = boost::hana;
using differential::print;

struct A {
  static constexpr auto dict = klass::dict("__doc__"_a = "A's doc", "x"_a = 1, "count"_a = 0, "__init__"_a = [](auto& self) {
    auto type = klass::type_of(self);
    klass::setattr(type, "count"_a, klass::getattr(type, "count"_a) + 1);
  });
};
struct B {
  using bases = klass::bases<A>;
};
struct C {
  using bases = klass::bases<B>;
};
struct Meta {
  using bases = klass::bases<klass::type>;
};
struct K {
  using metaclass = Meta;
};
struct Other {};

int main() {
  constexpr auto A_ = klass::cls<A>;
  constexpr auto B_ = klass::cls<B>;
  constexpr auto C_ = klass::cls<C>;
  constexpr auto K_ = klass::cls<K>;
  print(klass::getattr(A_, "__name__"_a), klass::getattr(A_, "__qualname__"_a), klass::getattr(A_, "__module__"_a),
        klass::getattr(A_, "__doc__"_a), klass::getattr(B_, "__doc__"_a));
  print(klass::repr(klass::getattr(C_, "__mro__"_a)));
  print(klass::repr(klass::getattr(C_, "__bases__"_a)), klass::getattr(C_, "__base__"_a),
        klass::getattr(klass::cls<klass::object>, "__base__"_a));
  print(A_, klass::type_of(A_), klass::type_of(K_), klass::getattr(K_, "__class__"_a), klass::getattr(A_(), "__class__"_a));
  print(klass::isinstance(A_, klass::cls<klass::type>), klass::isinstance(K_, klass::cls<Meta>),
        klass::isinstance(A_, klass::cls<Meta>));
  const auto ns = klass::getattr(A_, "__dict__"_a);
  std::string names = "[";
  for (std::string_view name : ns.keys())
    if (name.substr(0, 2) != "__" || name == "__init__") names += (names.size() > 1 ? ", '" : "'") + std::string(name) + "'";
  print(names + "]", ns.contains("x"), ns["x"_a]);
  auto a = A_();
  klass::setattr(a, "x"_a, 5);
  std::string entries = "{";
  for (std::string_view name : klass::getattr(a, "__dict__"_a).keys())
    entries += "'" + std::string(name) + "': " + std::to_string(klass::getattr(a, "__dict__"_a)["x"_a]);
  print(entries + "}");
  klass::setattr(B_, "x"_a, 7);  // binds in B: A.x stays 1
  print(klass::getattr(A_, "x"_a), klass::getattr(B_, "x"_a), klass::getattr(C_, "x"_a), klass::getattr(a, "x"_a),
        klass::getattr(C_(), "x"_a));
  klass::delattr(B_, "x"_a);
  print(klass::getattr(B_, "x"_a));
  B_(), C_(), C_();
  print(klass::getattr(A_, "count"_a), klass::getattr(B_, "count"_a), klass::getattr(C_, "count"_a));
  print(klass::isinstance(C_(), hana::make_tuple(klass::cls<Other>, A_)), klass::isinstance(A_(), hana::make_tuple(B_, C_)),
        klass::issubclass<C, hana::tuple<Other, B>>);
}
