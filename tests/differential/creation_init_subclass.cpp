// CPython 3.13 Lib/test/test_subclassinit.py: __init_subclass__ runs for each
// subclass (not for the class defining it), with the class keywords, is inherited
// through a class without one, chains cooperatively in MRO order taking each its
// keyword; __set_name__ runs before __init_subclass__, and both before the
// metaclass's __new__ returns. Class statements run where main() calls
// klass::define. What is traced instead of set, and what is skipped: see
// creation_init_subclass.py.
#include <iostream>
#include <string>
#include <string_view>

#include <boost/hana/for_each.hpp>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct A {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls) {
    klass::getattr(klass::super<A>(cls), "__init_subclass__"_a)();
    print("A.__init_subclass__", cls.__name__);
  });
};
struct B {
  using bases = klass::bases<A>;
};
struct C {
  using bases = klass::bases<B>;
};

struct K {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls, auto... kwargs) {
    std::string shown;
    ((shown += (shown.empty() ? "'" : ", '") + std::string(kwargs.name) + "': " + std::to_string(kwargs.value)), ...);
    print("K.__init_subclass__", cls.__name__, "{" + shown + "}");
  });
};
struct KB {
  using bases = klass::bases<K>;
  static constexpr auto keywords = klass::dict("x"_a = 3);
};

struct BaseWithInit {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls, auto&&... kwargs) {
    klass::getattr(klass::super<BaseWithInit>(cls), "__init_subclass__"_a)(kwargs...);
    print("BaseWithInit.__init_subclass__", cls.__name__);
  });
};
struct BaseWithoutInit {
  using bases = klass::bases<BaseWithInit>;
};
struct Skipped {
  using bases = klass::bases<BaseWithoutInit>;
};

struct Base {
  static constexpr auto dict = klass::dict(
      "__init_subclass__"_a = [](auto cls, auto&&... kwargs) {
        klass::getattr(klass::super<Base>(cls), "__init_subclass__"_a)(kwargs...);
        print("Base", cls.__name__, "calls = []");
      });
};
struct Left {
  using bases = klass::bases<Base>;
};
struct Middle {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls, auto middle, auto&&... kwargs) {
    klass::getattr(klass::super<Middle>(cls), "__init_subclass__"_a)(kwargs...);
    print("Middle", cls.__name__, "calls +=", middle.value);
  });
};
struct Right {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls, auto&&... kwargs) {
    klass::getattr(klass::super<Right>(cls), "__init_subclass__"_a)(kwargs...);
    print("Right", cls.__name__, "calls +=", "right");  // right='right', its default
  });
};
struct Diamond {
  using bases = klass::bases<Left, Middle, Right>;
  static constexpr auto keywords = klass::dict("middle"_a = "middle");
};

struct Descriptor {
  std::string_view owner{};
  std::string_view name{};
  void set_name(auto owner_class, auto attribute) {  // not constexpr: it prints, in the class statement
    print("__set_name__", owner_class.__name__, std::string_view(attribute));
    owner = owner_class.__name__;
    name = attribute;
  }
};
struct Meta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__new__"_a = [](auto mcls, std::string_view name, auto bases, const auto& ns) {
    auto self = klass::getattr(klass::super<Meta>(mcls), "__new__"_a)(mcls, name, bases, ns);
    const auto& d = klass::getattr(self, "d"_a);
    print("Meta.__new__ after type.__new__", self.__name__, d.owner, d.name);
    return self;
  });
};
struct WithHook {
  static constexpr auto dict = klass::dict("__init_subclass__"_a = [](auto cls) {
    klass::getattr(klass::super<WithHook>(cls), "__init_subclass__"_a)();
    const auto& d = klass::getattr(cls, "d"_a);
    print("WithHook.__init_subclass__", cls.__name__, d.owner, d.name);
  });
};
struct Described {
  using bases = klass::bases<WithHook>;
  using metaclass = Meta;
  static constexpr auto dict = klass::dict("d"_a = Descriptor{});
};

int main() {
  klass::define<A>();
  klass::define<B>();
  klass::define<C>();
  klass::define<K>();
  klass::define<KB>();
  klass::define<BaseWithInit>();
  klass::define<BaseWithoutInit>();
  klass::define<Skipped>();
  klass::define<Base>();
  klass::define<Left>();
  klass::define<Middle>();
  klass::define<Right>();
  klass::define<Diamond>();
  std::string mro;
  boost::hana::for_each(klass::mro<Diamond>, [&](auto t) {
    mro += (mro.empty() ? "'" : ", '") + std::string(klass::name<typename decltype(t)::type>) + "'";
  });
  print("[" + mro + "]");
  klass::define<Meta>();
  klass::define<WithHook>();
  klass::define<Described>();
  const auto& d = klass::getattr(klass::cls<Described>, "d"_a);
  print(d.owner == klass::cls<Described>.__name__, d.name);
}
