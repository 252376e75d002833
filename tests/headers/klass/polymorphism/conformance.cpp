// Uses of what <klass/polymorphism/conformance.hpp> declares, with only it included (tests/harness.py header).
#include <klass/polymorphism/conformance.hpp>

using namespace klass::literals;

struct Base {
  static constexpr auto dict = klass::dict("size"_a = klass::field<int>);
};
struct Same {
  using bases = klass::bases<Base>;
};
struct Other {
  using bases = klass::bases<Base>;
  static constexpr auto dict = klass::dict("size"_a = klass::field<double>);
};
struct Unrelated {};
static_assert(klass::can_hold<Base, Same> && klass::can_hold<Base, Base>);
static_assert(!klass::can_hold<Base, Other> && !klass::can_hold<Base, Unrelated>);

using size = decltype("size"_a);
[[maybe_unused]] klass::error::object_has_no_attribute_a_handle_of_the_base_reaches<Other, Base, size>* e1 = nullptr;
[[maybe_unused]] klass::error::attribute_has_another_type_on_the_class<Other, Base, size, int&, double&>* e2 = nullptr;
[[maybe_unused]] klass::error::attribute_can_be_set_through_the_base_but_not_on_the_class<Other, Base, size>* e3 = nullptr;
[[maybe_unused]] klass::error::attribute_is_set_as_another_type_on_the_class<Other, Base, size, int, double>* e4 = nullptr;
[[maybe_unused]] klass::error::attribute_can_be_deleted_through_the_base_but_not_on_the_class<Other, Base, size>* e5 =
    nullptr;
[[maybe_unused]] klass::error::attribute_after_the_class_has_another_type_on_the_class<Other, Base, Base, size, int&,
                                                                                        double&>* e6 = nullptr;
