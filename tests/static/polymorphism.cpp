// Compile-time facts of base-typed handles: which classes a handle of a base can
// hold (klass::can_hold), the one C++ type of each name through a base, and the
// conversions that exist.
#include <string>
#include <string_view>
#include <type_traits>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace overrides {
struct Shape {
  static constexpr auto dict = klass::dict(
      "area"_a = klass::property([](auto&) { return 0.0; }),  // a value: double
      "count"_a = klass::property([](auto&) { return 0L; }),  // a value: long
      "size"_a = klass::field<int>,                           // a reference: int&
      "scale"_a = [](auto&, int k) { return k; },             // int(int)
      "reset"_a = [](auto&) {},                               // void()
      "label"_a = std::string_view("shape"));                 // a class attribute: std::string_view&
};
struct Same {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("area"_a = klass::property([](auto&) { return 1.0; }),
                                           "scale"_a = [](auto&, int k) { return 2 * k; },
                                           "label"_a = std::string_view("same"));
};
// int for long (converts without narrowing), a result for void (dropped).
struct Converting {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("count"_a = klass::property([](auto&) { return 1; }),
                                           "reset"_a = [](auto&) { return 42; });
};
struct MethodForProperty {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("area"_a = [](auto&) { return 1.0; });
};
struct Narrowing {  // a double where a long is given: narrowing
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("count"_a = klass::property([](auto&) { return 1.5; }));
};
struct OtherArguments {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("scale"_a = [](auto&, long k) { return static_cast<int>(k); });
};
struct GenericOverride {  // generic parameters on the subclass: callable with int, fine
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("scale"_a = [](auto&, auto k) { return static_cast<int>(3 * k); });
};
struct FieldOfAnotherType {
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("size"_a = klass::field<long>);
};
struct PropertyForField {  // a value where Shape gives a reference
  using bases = klass::bases<Shape>;
  static constexpr auto dict = klass::dict("size"_a = klass::property([](auto&) { return 1; }));
};
struct Unrelated {
  static constexpr auto dict = klass::dict("area"_a = klass::property([](auto&) { return 0.0; }));
};

static_assert(klass::can_hold<Shape, Shape>);
static_assert(klass::can_hold<Shape, Same>);
static_assert(klass::can_hold<Shape, Converting>);
static_assert(klass::can_hold<Shape, GenericOverride>);
static_assert(!klass::can_hold<Shape, MethodForProperty>);
static_assert(!klass::can_hold<Shape, Narrowing>);
static_assert(!klass::can_hold<Shape, OtherArguments>);
static_assert(!klass::can_hold<Shape, FieldOfAnotherType>);
static_assert(!klass::can_hold<Shape, PropertyForField>);
static_assert(!klass::can_hold<Shape, Unrelated>);  // not a subclass, though it has its name
static_assert(klass::can_hold<Unrelated, Unrelated>);
static_assert(klass::can_hold<klass::object, Unrelated>);
static_assert(klass::can_hold<klass::object, MethodForProperty>);  // object declares nothing of it

// The types through the base, whatever the object's class.
using handle = klass::handle<Shape>;
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "area"_a)), double>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "size"_a)), int&>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "label"_a)), std::string_view&>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "scale"_a)), klass::method<int(int)>>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "reset"_a)), klass::method<void()>>);

// The conversions: from exact handles and handles of subclasses, not the other way.
static_assert(std::is_convertible_v<klass::ref<Same>, klass::handle<Shape>>);
static_assert(std::is_convertible_v<klass::handle<Same>, klass::handle<Shape>>);
static_assert(std::is_convertible_v<klass::handle<Shape>, klass::handle<klass::object>>);
static_assert(!std::is_convertible_v<klass::handle<Shape>, klass::handle<Same>>);
static_assert(!std::is_convertible_v<klass::ref<Unrelated>, klass::handle<Shape>>);
static_assert(!std::is_convertible_v<klass::instance<Same>&, klass::handle<Shape>>);  // explicit only
static_assert(std::is_constructible_v<klass::handle<Shape>, klass::instance<Same>&>);
}  // namespace overrides

namespace signatures {
struct Base {
  static constexpr auto dict = klass::dict(
      "generic"_a = [](auto&, auto x) { return x; },
      "stated"_a = klass::signature<long(int)>([](auto&, auto x) { return x; }),
      "cm"_a = klass::classmethod([](auto cls, int) { return std::string(cls.__name__); }),
      "sm"_a = klass::staticmethod([](int x) { return x; }),
      "declared"_a = klass::signature<double(double)>());
};
using handle = klass::handle<Base>;
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "stated"_a)), klass::method<long(int)>>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "cm"_a)), klass::method<std::string(int)>>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "sm"_a)), klass::method<int(int)>>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const handle&>(), "declared"_a)), klass::method<double(double)>>);
// On the exact class, a stated signature converts: the result is R.
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<klass::ref<Base>&>(), "stated"_a)(1)), long>);
}  // namespace signatures

namespace registrations {
struct Plugin {
  using metaclass = klass::abc_meta;
  static constexpr auto dict = klass::dict("load"_a = klass::abstractmethod(klass::signature<std::string()>()));
};
struct Provides {
  static constexpr auto dict = klass::dict("load"_a = [](auto&) { return std::string("data"); });
};
struct Lacks {};
struct WrongType {
  static constexpr auto dict = klass::dict("load"_a = [](auto&) { return 1; });
};
}  // namespace registrations
template <>
struct klass::abc_register<registrations::Provides> : klass::bases<registrations::Plugin> {};
template <>
struct klass::abc_register<registrations::Lacks> : klass::bases<registrations::Plugin> {};
template <>
struct klass::abc_register<registrations::WrongType> : klass::bases<registrations::Plugin> {};
namespace registrations {
static_assert(klass::issubclass<Provides, Plugin> && klass::issubclass<Lacks, Plugin>);
static_assert(klass::can_hold<Plugin, Provides>);
static_assert(!klass::can_hold<Plugin, Lacks>);
static_assert(!klass::can_hold<Plugin, WrongType>);
static_assert(std::is_convertible_v<klass::ref<Provides>, klass::handle<Plugin>>);
}  // namespace registrations

namespace per_class {
template <class C>
struct tracker {};
struct per_class_tracker {
  template <class I, class C>
  tracker<C>& get(const I&, klass::class_object<C>) const {
    static tracker<C> one;
    return one;
  }
};
struct same_for_all {
  template <class I, class C>
  int get(const I&, klass::class_object<C>) const { return 1; }
};
struct Base {
  static constexpr auto dict = klass::dict("tracker"_a = per_class_tracker{}, "count"_a = same_for_all{});
};
struct Derived {
  using bases = klass::bases<Base>;
};
// The tracker is left out of Base's interface (its type depends on the class);
// the count is in it: a Derived can be held.
static_assert(klass::can_hold<Base, Derived>);
static_assert(std::is_same_v<decltype(klass::getattr(std::declval<const klass::handle<Base>&>(), "count"_a)), int>);
}  // namespace per_class

int main() {}
