// A keyword that a user's __init_subclass__ passes on through super() reaches
// object.__init_subclass__, which refuses it naming the class being created (the
// class the hook is bound to), not the class defining the hook:
// `class V(U, y=2)` gives "V.__init_subclass__() takes no keyword arguments".
// expect: TypeError
// expect-python: V.__init_subclass__() takes no keyword arguments
// expect-clang14: klass::error::init_subclass_takes_no_keyword_arguments<V>
#include <klass/klass.hpp>

using namespace klass::literals;

struct U {
#ifdef KLASS_EXPECT_FAIL
  // def __init_subclass__(cls, **kwargs): super().__init_subclass__(**kwargs)
  static constexpr auto dict = klass::dict("__init_subclass__"_a = klass::classmethod([](auto cls, auto... kwargs) {
    klass::getattr(klass::super<U>(cls), "__init_subclass__"_a)(kwargs...);
  }));
#else
  // def __init_subclass__(cls, y, **kwargs): super().__init_subclass__(**kwargs)
  static constexpr auto dict = klass::dict("__init_subclass__"_a = klass::classmethod([](auto cls, auto, auto... kwargs) {
    klass::getattr(klass::super<U>(cls), "__init_subclass__"_a)(kwargs...);
  }));
#endif
};
struct V {
  using bases = klass::bases<U>;
  static constexpr auto keywords = klass::dict("y"_a = 2);
};

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<V>(), klass::cls<U>) ? 0 : 1;  // created, called, the instance used
#else
  klass::define<V>();
#endif
}
