// CPython 3.13 Lib/test/test_descr.py, creation: test_newslots, test_funny_new,
// test_object_new and test_object_new_and_init_with_parameters (the calls that
// succeed), a cooperative __init__ diamond, and test_abc's
// test_all_new_methods_are_called. The refusals (TypeErrors in Python) are
// compile errors in klass, covered by tests/fail/create_*.cpp; see creation_new_init.py.
#include <string>
#include <type_traits>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

template <class F>
std::string result_of(F&& f) {  // print()'s None for a call returning nothing
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    return "None";
  } else {
    return f();
  }
}
// repr(None) is klass::repr, found by argument-dependent lookup.
std::string repr(int value) { return std::to_string(value); }
std::string repr(const std::vector<int>& list) {
  std::string out;
  for (int v : list) out += (out.empty() ? "" : ", ") + std::to_string(v);
  return "[" + out + "]";
}
// The value of keyword argument kw, or its default.
inline int kw_or(int fallback) { return fallback; }
template <class K>
int kw_or(int, const K& keyword) {
  return keyword.value;
}

struct C {
  static constexpr auto dict = klass::dict(
      "foo"_a = klass::field<int>,
      "__new__"_a =
          [](auto cls) {
            auto self = klass::getattr(klass::super<C>(cls), "__new__"_a)(cls);
            klass::setattr(self, "foo"_a, 1);
            return self;
          },
      "__init__"_a = [](auto& self) { klass::setattr(self, "foo"_a, klass::getattr(self, "foo"_a) + 2); });
};
struct D {
  using bases = klass::bases<C>;
};

// test_funny_new
struct Funny;
struct FunnyChild {
  using bases = klass::bases<Funny>;
  static constexpr auto dict = klass::dict("foo"_a = klass::field<std::string>, "__init__"_a = [](auto& self, auto arg) {
    print("FunnyChild.__init__", repr(arg));
    klass::setattr(self, "foo"_a, repr(arg));
  });
};
struct Funny {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, auto arg) {
    constexpr auto object_new = klass::getattr(klass::cls<klass::object>, "__new__"_a);
    if constexpr (std::is_convertible_v<decltype(arg), std::string>)
      return std::vector<int>{1, 2, 3};
    else if constexpr (std::is_same_v<decltype(arg), int>)
      return object_new(klass::cls<FunnyChild>);
    else
      return object_new(cls);
  });
};

std::string show(auto cls, int a, int b) {
  return "(" + std::string(cls.__name__) + ", " + std::to_string(a) + ", " + std::to_string(b) + ")";
}
struct StaticNew {
  static constexpr auto dict = klass::dict("__new__"_a = klass::staticmethod([](auto cls, int a, int b) { return show(cls, a, b); }));
};
struct StaticNewChild {
  using bases = klass::bases<StaticNew>;
};
struct ClassNew {
  static constexpr auto dict = klass::dict("__new__"_a = klass::classmethod([](auto bound, auto cls, int a, int b) {
    return "(" + std::string(bound.__name__) + ", " + show(cls, a, b).substr(1);
  }));
};
struct ClassNewChild {
  using bases = klass::bases<ClassNew>;
};

// test_object_new
constexpr auto object_new = klass::getattr(klass::cls<klass::object>, "__new__"_a);
constexpr auto object_init = klass::getattr(klass::cls<klass::object>, "__init__"_a);
struct Neither {};
struct InitOnly {
  static constexpr auto dict =
      klass::dict("foo"_a = klass::field<int>, "__init__"_a = [](auto& self, int foo) { klass::setattr(self, "foo"_a, foo); });
};
struct NewOnly {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, int) { return object_new(cls); });
};
struct Both {
  static constexpr auto dict =
      klass::dict("foo"_a = klass::field<int>, "__new__"_a = [](auto cls, int) { return object_new(cls); },
                  "__init__"_a = [](auto& self, int foo) { klass::setattr(self, "foo"_a, foo); });
};

// test_object_new_and_init_with_parameters
struct OverrideNew {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, int foo, auto... kw) {
    print("OverrideNew.__new__", cls.__name__, foo, kw_or(0, kw...));
    return object_new(cls);
  });
};
struct OverrideInit {
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int foo, auto... kw) {
    print("OverrideInit.__init__", klass::type_of(self).__name__, foo, kw_or(0, kw...));
    return object_init(self);
  });
};
struct OverrideBoth {
  using bases = klass::bases<OverrideNew, OverrideInit>;
};
template <class Case>
void call_case() {
  auto a = klass::cls<Case>(1);
  auto b = klass::cls<Case>(1, "kw"_a = 2);
  print(klass::type_of(a).__name__, klass::type_of(b).__name__);
}

// A cooperative __init__ diamond.
struct Root {
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int x) {
    print("Root", x);
    klass::getattr(klass::super<Root>(self), "__init__"_a)();
  });
};
struct Left {
  using bases = klass::bases<Root>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int x) {
    print("Left", x);
    klass::getattr(klass::super<Left>(self), "__init__"_a)(x + 1);
  });
};
struct Right {
  using bases = klass::bases<Root>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int x) {
    print("Right", x);
    klass::getattr(klass::super<Right>(self), "__init__"_a)(x * 10);
  });
};
struct Bottom {
  using bases = klass::bases<Left, Right>;
  static constexpr auto dict = klass::dict("__init__"_a = [](auto& self, int x) {
    print("Bottom", x);
    klass::getattr(klass::super<Bottom>(self), "__init__"_a)(x);
  });
};

// test_abc test_all_new_methods_are_called
struct AbcBase {
  using metaclass = klass::abc_meta;
};
// Counting.counter += 1, defined after Counting is complete: inside its own class
// body a non-dependent klass::cls<Counting> lookup would be decided (by clang)
// before Counting's dict exists.
void count_new();
struct Counting {
  static constexpr auto dict = klass::dict("counter"_a = 0, "__new__"_a = [](auto cls) {
    count_new();
    return klass::getattr(klass::super<Counting>(cls), "__new__"_a)(cls);
  });
};
void count_new() {
  klass::setattr(klass::cls<Counting>, "counter"_a, klass::getattr(klass::cls<Counting>, "counter"_a) + 1);
}
struct Mixed {
  using bases = klass::bases<AbcBase, Counting>;
};

int main() {
  auto a = klass::cls<C>();
  auto b = klass::cls<D>();
  print(klass::getattr(a, "foo"_a), klass::type_of(a).__name__, klass::getattr(b, "foo"_a), klass::type_of(b).__name__);

  constexpr auto Funny_ = klass::cls<Funny>;
  constexpr auto FunnyChild_ = klass::cls<FunnyChild>;
  print(repr(Funny_("1")), repr(FunnyChild_("1")));
  auto d1 = FunnyChild_(klass::none);
  print(klass::type_of(d1).__name__, klass::getattr(d1, "foo"_a));
  auto d2 = Funny_(1);
  print(klass::type_of(d2).__name__, klass::isinstance(d2, FunnyChild_), klass::getattr(d2, "foo"_a));
  auto d3 = FunnyChild_(1);
  print(klass::type_of(d3).__name__, klass::getattr(d3, "foo"_a));
  print(klass::type_of(Funny_(klass::none)).__name__);

  print(klass::cls<StaticNew>(1, 2), klass::cls<StaticNewChild>(1, 2), klass::cls<ClassNew>(1, 2),
        klass::cls<ClassNewChild>(1, 2));

  constexpr auto Neither_ = klass::cls<Neither>;
  constexpr auto InitOnly_ = klass::cls<InitOnly>;
  constexpr auto NewOnly_ = klass::cls<NewOnly>;
  constexpr auto Both_ = klass::cls<Both>;
  print(klass::type_of(object_new(Neither_)).__name__, result_of([&] { return object_init(*Neither_()); }));
  print(klass::type_of(object_new(InitOnly_)).__name__, klass::type_of(object_new(InitOnly_, 5)).__name__,
        result_of([&] { return object_init(*InitOnly_(3)); }));
  print(klass::type_of(object_new(NewOnly_)).__name__, result_of([&] { return object_init(*NewOnly_(3)); }),
        result_of([&] { return object_init(*NewOnly_(3), 5); }));
  print(klass::type_of(object_new(Both_)).__name__, result_of([&] { return object_init(*Both_(3)); }),
        klass::getattr(Both_(4), "foo"_a));

  call_case<OverrideNew>();
  call_case<OverrideInit>();
  call_case<OverrideBoth>();

  klass::cls<Bottom>(1);

  print(klass::getattr(klass::cls<Counting>, "counter"_a));
  auto m = klass::cls<Mixed>();
  print(klass::getattr(klass::cls<Counting>, "counter"_a), klass::type_of(m).__name__);
}
