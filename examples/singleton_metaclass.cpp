// The habr notes (part 3), Singleton v.2: C() is type(C).__call__(C), so a
// metaclass whose __call__ creates the instance once (through type.__call__, via
// super) and then returns it makes every class of that metaclass a singleton.
// __init__ runs once (added here to show it; examples/singleton_new.cpp runs it on
// every call), and a subclass gets an instance of its own. klass::singleton is
// this metaclass, ready-made.
#include <iostream>
#include <klass/klass.hpp>
#include <optional>

using namespace klass::literals;

// cls.instance: Python's SingletonMeta.__init__ sets it to None in each class it
// creates. Here each class's instance is a variable of its own, None at first.
template <class C>
std::optional<klass::ref<C>>& instance(klass::class_object<C>) {
  static std::optional<klass::ref<C>> instance;
  return instance;
}

struct SingletonMeta {
  using bases = klass::bases<klass::type>;
  static constexpr auto dict = klass::dict("__call__"_a = [](auto cls, auto&&... args) {
    if (!instance(cls)) instance(cls) = klass::getattr(klass::super<SingletonMeta>(cls), "__call__"_a)(args...);
    return *instance(cls);
  });
};

struct C {
  using metaclass = SingletonMeta;
  static constexpr auto dict = klass::dict(
      "__init__"_a = [](auto& /*self*/) { std::cout << "C.__init__\n"; }, "x"_a = klass::field<int>);
};

struct D {
  using bases = klass::bases<C>;
};

const char* py(bool value) { return value ? "True" : "False"; }

int main() {
  constexpr auto C_ = klass::cls<C>;
  constexpr auto D_ = klass::cls<D>;
  std::cout << py(klass::is(C_(), C_())) << '\n';
  auto a = C_();
  auto b = C_();
  klass::setattr(a, "x"_a, 42);
  std::cout << klass::getattr(b, "x"_a) << '\n';

  bool d_is_d = klass::is(D_(), D_());
  bool d_is_c = klass::is(D_(), C_());
  auto d_name = klass::type_of(D_()).__name__;
  std::cout << py(d_is_d) << ' ' << py(d_is_c) << ' ' << d_name << '\n';
}
