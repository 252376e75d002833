// Questions about the class of an object known only at run time: type(o), its
// __name__ and __mro__, `type(o) is C`, isinstance(o, C) through the MRO and
// through ABC registrations (ABCMeta.__subclasscheck__ without a hook: a class
// registered with an ABC, a subclass of a registered class, an ABC registered
// with another ABC), and checked downcasts (`if isinstance(o, C): use o as C`).
#include <string>
#include <string_view>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::print;

struct Animal {
  static constexpr auto dict = klass::dict("sound"_a = [](auto&) { return std::string("..."); });
};
struct Dog {
  using bases = klass::bases<Animal>;
  static constexpr auto dict = klass::dict("sound"_a = [](auto&) { return std::string("woof"); },
                                           "fetch"_a = [](auto&) { return std::string("fetched"); });
};
struct Puppy {
  using bases = klass::bases<Dog>;
};
struct Cat {
  using bases = klass::bases<Animal>;
  static constexpr auto dict = klass::dict("sound"_a = [](auto&) { return std::string("meow"); });
};

// ABCs: Pet is registered by Cat; Trained is an ABC registered with Pet.
struct Pet {
  using bases = klass::bases<klass::abc>;
};
struct Trained {
  using bases = klass::bases<klass::abc>;
};
struct Robot {
  static constexpr auto dict = klass::dict("sound"_a = [](auto&) { return std::string("beep"); });
};
template <>
struct klass::abc_register<Cat> : klass::bases<Pet> {};
template <>
struct klass::abc_register<Trained> : klass::bases<Pet> {};
template <>
struct klass::abc_register<Dog> : klass::bases<Trained> {};

std::string names(const klass::class_handle<klass::object>& type) {
  std::string out;
  for (std::string_view n : type.mro_names()) out += (out.empty() ? "" : " ") + std::string(n);
  return out;
}

int main() {
  std::vector<klass::handle<klass::object>> all{klass::cls<Animal>(), klass::cls<Dog>(), klass::cls<Puppy>(),
                                                klass::cls<Cat>(), klass::cls<Robot>()};
  for (const auto& o : all) {
    const auto type = klass::type_of(o);
    print(type.__name__, "|", names(type), "|", type == klass::cls<Dog>, type == klass::type_of(all[1]));
    print(" isinstance:", klass::isinstance(o, klass::cls<klass::object>), klass::isinstance(o, klass::cls<Animal>),
          klass::isinstance(o, klass::cls<Dog>), klass::isinstance(o, klass::cls<Cat>),
          klass::isinstance(o, klass::cls<Pet>), klass::isinstance(o, klass::cls<Trained>));
    if (auto animal = klass::cast<Animal>(o)) {
      print(" as an Animal:", klass::getattr(*animal, "sound"_a)());
      if (auto dog = klass::cast<Dog>(*animal)) print(" as a Dog:", klass::getattr(*dog, "fetch"_a)());
      if (auto exact = klass::cast<klass::ref<Dog>>(*animal)) print(" exactly a Dog:", klass::type_of(*exact).__name__);
    } else {
      print(" not an Animal");
    }
  }
  print(klass::issubclass<Puppy, Pet>, klass::issubclass<Cat, Pet>, klass::issubclass<Robot, Pet>,
        klass::issubclass<Dog, Trained>);
}
