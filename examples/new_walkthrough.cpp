// "__new__() in python" (Akshar Raaj): __init__ receives an object that already
// exists; __new__ receives the class and every argument of the call; when
// __new__ returns None, __init__ is skipped; __new__ may set attributes
// (created_at) before __init__ runs; object.__new__ creates an instance of the
// class it is given, whichever class calls it.
//
// Where the article prints an address (<__main__.A object at 0x3357210>), both
// twins print a number given to each object when it is first shown, and
// datetime.datetime.now() is a clock that ticks one second per call.
#include <any>
#include <cstdio>
#include <iostream>
#include <klass/klass.hpp>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace klass::literals;

// at(obj): repr(obj), with a number in place of the address. The objects shown
// are kept alive, so that a number is never given to another object.
std::vector<std::pair<const void*, std::any>> shown;
template <class C>
std::string at(const klass::ref<C>& obj) {
  std::size_t number = 0;
  while (number != shown.size() && shown[number].first != obj.get()) ++number;
  if (number == shown.size()) shown.emplace_back(obj.get(), obj);
  return "<__main__." + std::string(klass::type_of(obj).__name__) + " object #" + std::to_string(number + 1) + ">";
}
template <class C>
std::string at(klass::instance<C>& self) {
  return at(klass::ref<C>(self));
}

int ticks = 0;
std::string now() {
  char text[32];
  std::snprintf(text, sizeof text, "2012-06-09 22:44:%02d", 29 + ++ticks);
  return text;
}

// print()'s spelling of None, of *args (a tuple) and of **kwargs (a dict): a
// keyword argument "named"_a = 5 arrives as a klass::entry.
std::string py(klass::none_t) { return "None"; }
template <class T>
constexpr bool is_keyword = false;
template <class K, class V>
constexpr bool is_keyword<klass::entry<K, V>> = true;
template <class... Args>
std::string args_repr(const Args&... args) {
  std::vector<std::string> items;
  (
      [&] {
        if constexpr (!is_keyword<Args>) items.push_back(std::to_string(args));
      }(),
      ...);
  std::string out = "(";
  for (std::size_t i = 0; i != items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + (items.size() == 1 ? ",)" : ")");
}
template <class... Args>
std::string kwargs_repr(const Args&... args) {
  std::string out = "{";
  (
      [&] {
        if constexpr (is_keyword<Args>)
          out += (out.size() > 1 ? ", '" : "'") + std::string(Args::key::name) + "': " + std::to_string(args.value);
      }(),
      ...);
  return out + "}";
}
template <class C>
std::string class_repr(klass::class_object<C> cls) {
  return "<class '__main__." + std::string(cls.__name__) + "'>";
}

// In [13]: __init__ gets an instance created before it is called.
namespace in13 {
struct A {
  static constexpr auto dict = klass::dict(
      "a"_a = klass::field<int>, "b"_a = klass::field<int>, "__init__"_a = [](auto& self, int a, int b) {
        std::cout << "init gets called\n";
        std::cout << "self is " << at(self) << '\n';
        klass::setattr(self, "a"_a, a);
        klass::setattr(self, "b"_a, b);
      });
};
}  // namespace in13

// In [22]: __new__ receives the class, then the call's arguments. A Python
// function without `return` returns None; in C++ the None is written.
namespace in22 {
struct A {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, const auto&... args) {
    std::cout << class_repr(cls) << '\n';
    std::cout << "args is " << args_repr(args...) << '\n';
    std::cout << "kwargs is " << kwargs_repr(args...) << '\n';
    return klass::none;
  });
};
}  // namespace in22

// In [29]: __new__ returns None, so __init__ is not called.
namespace in29 {
struct A {
  static constexpr auto dict = klass::dict(
      "a"_a = klass::field<int>, "b"_a = klass::field<int>,
      "__new__"_a =
          [](auto cls, const auto&... args) {
            std::cout << class_repr(cls) << '\n';
            std::cout << args_repr(args...) << '\n';
            std::cout << kwargs_repr(args...) << '\n';
            return klass::none;
          },
      "__init__"_a =
          [](auto& self, int a, int b) {
            std::cout << "init gets called\n";
            std::cout << "self is " << at(self) << '\n';
            klass::setattr(self, "a"_a, a);
            klass::setattr(self, "b"_a, b);
          });
};
}  // namespace in29

// In [35]: __new__ adds created_at, then __init__ runs with the same arguments.
// (The article's object.__new__(cls, *args, **kwargs) is a TypeError since
// Python 3 -- "object.__new__() takes exactly one argument (the type to
// instantiate)" -- and the same compile error in klass; the class alone is passed.)
namespace in35 {
struct A {
  static constexpr auto dict = klass::dict(
      "created_at"_a = klass::field<std::string>, "a"_a = klass::field<int>, "b"_a = klass::field<int>,
      "__new__"_a =
          [](auto cls, const auto&...) {
            auto new_instance = klass::getattr(klass::cls<klass::object>, "__new__"_a)(cls);
            klass::setattr(new_instance, "created_at"_a, now());
            return new_instance;
          },
      "__init__"_a =
          [](auto& self, int a, int b) {
            std::cout << "inside init\n";
            klass::setattr(self, "a"_a, a);
            klass::setattr(self, "b"_a, b);
          });
};
}  // namespace in35

// In [60]: object.__new__(B) inside A.__new__ gives a B; A() returns it.
namespace in60 {
struct B {};
struct A {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto /*cls*/, const auto&...) {
    auto new_instance = klass::getattr(klass::cls<klass::object>, "__new__"_a)(klass::cls<B>);
    return new_instance;
  });
};
}  // namespace in60

// In [64]: passing cls gives an instance of A.
namespace in64 {
struct A {
  static constexpr auto dict = klass::dict("__new__"_a = [](auto cls, const auto&...) {
    auto new_instance = klass::getattr(klass::cls<klass::object>, "__new__"_a)(cls);
    return new_instance;
  });
};
}  // namespace in64

int main() {
  {
    using namespace in13;
    auto a = klass::cls<A>(1, 2);
  }
  {
    using namespace in22;
    klass::cls<A>();
    klass::cls<A>(1, 2, "named"_a = 5);
    auto a = klass::cls<A>(1, 2);
    std::cout << py(a) << '\n';  // __new__ returned None
  }
  {
    using namespace in29;
    auto a = klass::cls<A>(1, 2);
    std::cout << py(a) << '\n';
  }
  {
    using namespace in35;
    auto obj1 = klass::cls<A>(1, 2);
    std::cout << at(obj1) << '\n';
    std::cout << klass::getattr(obj1, "created_at"_a) << '\n';
    std::cout << klass::getattr(obj1, "a"_a) << ' ' << klass::getattr(obj1, "b"_a) << '\n';
    auto obj2 = klass::cls<A>(3, 4);
    std::cout << at(obj2) << ' ' << klass::getattr(obj2, "created_at"_a) << ' ' << klass::getattr(obj2, "a"_a) << ' '
              << klass::getattr(obj2, "b"_a) << '\n';
  }
  {
    using namespace in60;
    auto a = klass::cls<A>();
    std::cout << at(a) << '\n';
  }
  {
    using namespace in64;
    auto a = klass::cls<A>();
    std::cout << at(a) << '\n';
  }
}
