// test_subclassinit test_errors: `class MyClass(metaclass=MyMeta, otherarg=1)` where
// nothing takes otherarg: type.__new__ passes the class keywords to
// super(MyClass, MyClass).__init_subclass__, which is object's, and it takes no
// keyword arguments (TypeError at the class statement).
// expect: TypeError
// expect-gcc: MyClass.__init_subclass__() takes no keyword arguments
// expect-clang: klass::error::init_subclass_takes_no_keyword_arguments<MyClass>
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

int main() { klass::define<MyClass>(); }
