// The habr notes (part 2), "Classes": calling A is object.__new__(A) then
// object.__init__(a) -- or, through super, super(A, A).__new__(A) and
// super(A, A).__init__(a); a class that defines both sees one object created,
// then initialized.
//
// Where the notes print an address, both twins print a number given to each
// object when it is first shown.
#include <any>
#include <iostream>
#include <klass/klass.hpp>
#include <string>
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

namespace plain {
struct A {};
}  // namespace plain

namespace both {
struct A {
  static constexpr auto dict = klass::dict(
      "__new__"_a =
          [](auto cls) {
            auto obj = klass::getattr(klass::super<A>(cls), "__new__"_a)(cls);
            std::cout << "created object " << at(obj) << '\n';
            return obj;
          },
      "__init__"_a = [](auto& self) { std::cout << "initing object " << at(self) << '\n'; });
};
}  // namespace both

int main() {
  {
    using namespace plain;
    constexpr auto object = klass::cls<klass::object>;
    auto a = klass::getattr(object, "__new__"_a)(klass::cls<A>);
    klass::getattr(object, "__init__"_a)(*a);
    std::cout << at(a) << '\n';

    a = klass::getattr(klass::super<A>(klass::cls<A>), "__new__"_a)(klass::cls<A>);
    klass::getattr(klass::super<A>(klass::cls<A>), "__init__"_a)(*a);
    std::cout << at(a) << '\n';
  }
  {
    using namespace both;
    auto a = klass::cls<A>();
    std::cout << at(a) << '\n';
    std::cout << at(klass::cls<A>()) << '\n';
  }
}
