// Uses of what <klass/descriptors.hpp> declares, with only it included (tests/harness.py header).
#include <klass/descriptors.hpp>

struct Full { int get(auto&, auto) const { return 1; } void set(auto&, int) {} void del(auto&) {} };
struct GetOnly { int get(auto&, auto) const { return 1; } };
static_assert(klass::descriptor<Full> && klass::data_descriptor<Full> && !klass::non_data_descriptor<Full>);
static_assert(klass::non_data_descriptor<GetOnly> && klass::has_descriptor_get<GetOnly>);
static_assert(klass::has_descriptor_set<Full> && klass::has_descriptor_del<Full> && !klass::has_descriptor_set<GetOnly>);

constexpr auto f = [](auto& self) { return self; };
static_assert(klass::kind_of<std::remove_cv_t<decltype(klass::field<int>)>>() == klass::attribute_kind::field);
static_assert(klass::kind_of<klass::field_t<int>>() == klass::attribute_kind::field);
static_assert(klass::kind_of<klass::member_t<int>>() == klass::attribute_kind::member);
static_assert(klass::kind_of<std::remove_cv_t<decltype(klass::member<int>)>>() == klass::attribute_kind::member);
static_assert(klass::kind_of<decltype(f)>() == klass::attribute_kind::function);
static_assert(klass::kind_of<decltype(klass::staticmethod(f))>() == klass::attribute_kind::staticmethod);
static_assert(klass::kind_of<decltype(klass::classmethod(f))>() == klass::attribute_kind::classmethod);
static_assert(klass::kind_of<Full>() == klass::attribute_kind::data_descriptor);
static_assert(klass::kind_of<GetOnly>() == klass::attribute_kind::non_data_descriptor);
static_assert(klass::kind_of<int>() == klass::attribute_kind::value);

constexpr auto p = klass::property([](auto&) { return 1; }, klass::none, klass::none, "doc");
static_assert(p.has_getter && !p.has_setter && p.__doc__ == "doc");
static_assert(p.setter([](auto&, int) {}).has_setter && p.deleter([](auto&) {}).has_deleter);
static_assert(p.getter([](auto&) { return 2; }).has_getter);
static_assert(klass::kind_of<klass::property_t<>>() == klass::attribute_kind::property);
static_assert(klass::kind_of<decltype(klass::abstractmethod(f))>() == klass::attribute_kind::function);
static_assert(klass::abstract_t<decltype(f)>::klass_abstract);

constexpr int one = 1;
static_assert(klass::bound_method<decltype([](int a, int b) { return a + b; }), int>{{}, one}(2) == 3);
static_assert(klass::staticmethod([](int x) { return x; }).get(klass::none, 0)(4) == 4);
static_assert(klass::classmethod([](int owner, int x) { return owner + x; }).get(klass::none, 1)(4) == 5);
[[maybe_unused]] klass::class_object<Full>* declared_here_defined_in_class_object_hpp = nullptr;
static_assert(std::is_same_v<decltype(klass::staticmethod(f)), klass::staticmethod_t<std::remove_cv_t<decltype(f)>>>);
static_assert(std::is_same_v<decltype(klass::classmethod(f)), klass::classmethod_t<std::remove_cv_t<decltype(f)>>>);
static_assert(klass::kind_of<decltype(klass::field<int>(3))>() == klass::attribute_kind::field);
static_assert(std::is_same_v<decltype(klass::field<int>(3)), klass::field_default_t<int, int>>);
[[maybe_unused]] klass::ref<Full>* declared_here_defined_in_ref_hpp = nullptr;
