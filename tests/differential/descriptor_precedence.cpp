// Which rule wins: data descriptor > instance dict > non-data descriptor > class attribute.
#include <iostream>
#include <string_view>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Data {
  std::string_view get(auto&, auto) const { return "data"; }
  void set(auto&, int value) { std::cout << "Data.__set__ " << value << '\n'; }
};
struct NonData {
  std::string_view get(auto&, auto) const { return "non-data"; }
  std::string_view get(klass::none_t, auto) const { return "non-data on class"; }
};
// Python's instance dict takes any name; a klass instance holds the names declared
// as fields. A field is not a class attribute, so it may live in any class of the
// MRO; here a base declares the entry that shadows C's non-data descriptor `n`.
struct InstanceDict {
  static constexpr auto dict = klass::dict("n"_a = klass::field<std::string_view>);
};
struct C {
  using bases = klass::bases<InstanceDict>;
  static constexpr auto dict = klass::dict("d"_a = Data{}, "n"_a = NonData{}, "v"_a = "class value");
};

int main() {
  auto c = klass::cls<C>();
  std::cout << klass::getattr(c, "d"_a) << ' ' << klass::getattr(c, "n"_a) << ' ' << klass::getattr(c, "v"_a) << '\n';
  klass::setattr(c, "d"_a, 1);
  klass::setattr(c, "n"_a, std::string_view("instance n"));
  klass::setattr(c, "v"_a, std::string_view("instance v"));
  std::cout << klass::getattr(c, "d"_a) << ' ' << klass::getattr(c, "n"_a) << ' ' << klass::getattr(c, "v"_a) << '\n';
  constexpr auto C_ = klass::cls<C>;
  std::cout << klass::getattr(C_, "d"_a) << ' ' << klass::getattr(C_, "n"_a) << ' ' << klass::getattr(C_, "v"_a) << '\n';
  klass::delattr(c, "n"_a);
  klass::delattr(c, "v"_a);
  std::cout << klass::getattr(c, "n"_a) << ' ' << klass::getattr(c, "v"_a) << '\n';
  try {
    klass::delattr(c, "v"_a);
  } catch (const klass::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
}
