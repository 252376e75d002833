// test_subclassinit test_errors: `class MyClass(metaclass=MyMeta, otherarg=1)` where
// nothing takes otherarg: type.__new__ passes the class keywords to
// super(MyClass, MyClass).__init_subclass__, which is object's, and it takes no
// keyword arguments (TypeError at the class statement).
// expect: TypeError
// expect-python: MyClass.__init_subclass__() takes no keyword arguments
// expect-clang14: klass::error::init_subclass_takes_no_keyword_arguments<MyClass>
#include <klass/klass.hpp>

using namespace klass::literals;

struct MyMeta {
  using bases = klass::bases<klass::type>;
};
struct MyClass {
  using metaclass = MyMeta;
#ifdef KLASS_EXPECT_FAIL
  static constexpr auto keywords = klass::dict("otherarg"_a = 1);
#endif
};

int main() {
#ifdef KLASS_RESULT_USED
  return klass::isinstance(klass::cls<MyClass>(), klass::cls<MyClass>) ? 0 : 1;  // created, called, the instance used
#else
  klass::define<MyClass>();
#endif
}
