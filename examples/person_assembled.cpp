// "A basic class" (sourpoi): the Person type written as a class statement, then
// assembled by hand with type.__new__ and object.__new__, step by step, until
// Person('Moe') works again; type.__call__ written out as instantiate(); a
// __new__ that delegates to its base's.
//
// type.__new__(type, 'Person', (object,), namespace) creates a class at run
// time. A klass class is a C++ type, created when the program is compiled
// (docs/limitations.md), so each assembled Person is declared as a struct: its
// name is the struct's, `bases` its bases, `dict` the namespace.
#include <boost/hana/for_each.hpp>
#include <iostream>
#include <klass/klass.hpp>
#include <string>
#include <string_view>

using namespace klass::literals;

// The functions the steps put into the namespace.
constexpr auto init = [](auto& self, std::string name) { klass::setattr(self, "name"_a, name); };
constexpr auto say_hello = [](auto& self, std::string_view target) {
  std::cout << klass::getattr(self, "name"_a) << " says: Hello " << target << "!\n";
};

// A basic class
namespace basic {
struct Person {
  static constexpr auto dict =
      klass::dict("name"_a = klass::field<std::string>, "__init__"_a = init, "say_hello"_a = say_hello);
};
}  // namespace basic

// The basic type and object: an empty namespace, object.__new__, a free function.
// (moe.name = 'Moe' adds a name to the instance; a klass instance holds the names
// its class declares, so this namespace declares `name`.)
namespace empty_namespace {
struct Person {
  static constexpr auto dict = klass::dict("name"_a = klass::field<std::string>);
};
}  // namespace empty_namespace

// Bound methods: __init__ and say_hello in the namespace.
namespace bound_methods {
struct Person {
  static constexpr auto dict =
      klass::dict("name"_a = klass::field<std::string>, "__init__"_a = init, "say_hello"_a = say_hello);
};
}  // namespace bound_methods

// Type.__new__(): __new__ in the namespace, an implicit staticmethod.
namespace own_new {
struct Person {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "__new__"_a = [](auto cls) { return klass::getattr(klass::cls<klass::object>, "__new__"_a)(cls); },
      "__init__"_a = init, "say_hello"_a = say_hello);
};
}  // namespace own_new

// The assembled type: __new__ accepts what __init__ expects.
namespace assembled {
struct Person {
  static constexpr auto dict = klass::dict(
      "name"_a = klass::field<std::string>,
      "__new__"_a =
          [](auto cls, const std::string& /*name*/) {
            return klass::getattr(klass::cls<klass::object>, "__new__"_a)(cls);
          },
      "__init__"_a = init, "say_hello"_a = say_hello);
};
}  // namespace assembled

// Arion Sprague's summary of what calling a class does.
constexpr auto instantiate = [](auto cls, const auto&... args) {
  auto obj = klass::getattr(cls, "__new__"_a)(cls, args...);
  if (klass::isinstance(obj, cls)) klass::getattr(cls, "__init__"_a)(*obj, args...);
  return obj;
};

// __new__() considers super(): a __new__ of its own calls a base's.
struct Base {};
struct Type {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict(
      "arg"_a = klass::field<std::string>,
      "__new__"_a = [](auto cls,
                       const std::string& /*arg*/) { return klass::getattr(klass::cls<Base>, "__new__"_a)(cls); },
      "__init__"_a =
          [](auto& self, std::string arg) {
            klass::setattr(self, "arg"_a, arg);
            std::cout << "I coordinated the arguments of __init__ and __new__!\n";
          });
};

int main() {
  {
    using namespace basic;
    auto moe = klass::cls<Person>("Moe");
    klass::getattr(moe, "say_hello"_a)("Larry");
  }
  {
    using namespace empty_namespace;
    auto moe = klass::getattr(klass::cls<klass::object>, "__new__"_a)(klass::cls<Person>);
    klass::setattr(moe, "name"_a, std::string("Moe"));
    say_hello(moe, "Larry");  // a free function: any object with a name will do
  }
  {
    using namespace bound_methods;
    auto moe = klass::getattr(klass::cls<klass::object>, "__new__"_a)(klass::cls<Person>);
    klass::getattr(moe, "__init__"_a)("Moe");
    klass::getattr(moe, "say_hello"_a)("Larry");
  }
  {
    using namespace own_new;
    auto moe = klass::getattr(klass::cls<Person>, "__new__"_a)(klass::cls<Person>);
    klass::getattr(moe, "__init__"_a)("Moe");
    klass::getattr(moe, "say_hello"_a)("Larry");
    // Person('Larry') is a TypeError ("Person.__new__() takes 1 positional argument
    // but 2 were given"); in klass the call does not compile.
  }
  {
    using namespace assembled;
    auto moe = klass::cls<Person>("Moe");
    klass::getattr(moe, "say_hello"_a)("Larry");
    std::cout << klass::name<Person> << " [";
    boost::hana::for_each(klass::bases_of<Person>,
                          [](auto base) { std::cout << '\'' << klass::name<typename decltype(base)::type> << '\''; });
    std::cout << "] " << klass::type_of(moe).__name__ << '\n';

    auto larry = instantiate(klass::cls<Person>, std::string("Larry"));
    klass::getattr(larry, "say_hello"_a)("Curly");
  }
  auto t = klass::cls<Type>(std::string("an arg"));
  std::cout << klass::type_of(t).__name__ << ' ' << klass::getattr(t, "arg"_a) << '\n';
}
