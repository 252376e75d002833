// Compile-time facts of descriptors and the kinds of class-dict values (<klass/descriptors.hpp>):
// compiling this file is the test.
#include <bitset>
#include <memory>

#include <klass/klass.hpp>

using namespace klass::literals;

namespace descriptor_kinds {
struct Full { int get(auto&, auto) const; void set(auto&, int); void del(auto&); };
struct SetOnly { void set(auto&, int); };
struct DelOnly { void del(auto&); };
struct GetOnly { int get(auto&, auto) const; };
struct Plain { int value; };
struct Functor { int operator()(int) const; };
using generic_lambda = decltype([](auto& self) { return self.this_body_is_never_instantiated(); });

static_assert(klass::data_descriptor<Full> && klass::data_descriptor<SetOnly> && klass::data_descriptor<DelOnly>);
static_assert(klass::non_data_descriptor<GetOnly> && !klass::data_descriptor<GetOnly>);
static_assert(!klass::descriptor<Plain> && !klass::descriptor<int>);
// The standard library's get/set members are not the descriptor protocol.
static_assert(!klass::descriptor<std::shared_ptr<int>> && !klass::descriptor<std::bitset<4>>);

using kind = klass::attribute_kind;
static_assert(klass::kind_of<Full>() == kind::data_descriptor);
static_assert(klass::kind_of<GetOnly>() == kind::non_data_descriptor);
static_assert(klass::kind_of<Plain>() == kind::value);
static_assert(klass::kind_of<Functor>() == kind::function);
static_assert(klass::kind_of<generic_lambda>() == kind::function);
static_assert(klass::kind_of<int (*)(int)>() == kind::function);
static_assert(klass::kind_of<klass::field_t<int>>() == kind::field);
static_assert(klass::kind_of<klass::member_t<int>>() == kind::member);
static_assert(klass::kind_of<decltype(klass::property())>() == kind::property);
static_assert(klass::kind_of<decltype(klass::staticmethod(generic_lambda{}))>() == kind::staticmethod);
static_assert(klass::kind_of<decltype(klass::classmethod(generic_lambda{}))>() == kind::classmethod);
}  // namespace descriptor_kinds
