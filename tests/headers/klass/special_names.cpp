// Uses of <klass/special_names.hpp>, an internal header (no public names; a test
// of internals): the special names klass's protocols look up.
#include <klass/special_names.hpp>

#include <type_traits>

using namespace klass::literals;
namespace special = klass::detail::special;

static_assert(std::is_same_v<special::new_, decltype("__new__"_a)> && std::is_same_v<special::init, decltype("__init__"_a)>);
static_assert(std::is_same_v<special::call, decltype("__call__"_a)>);
static_assert(std::is_same_v<special::init_subclass, decltype("__init_subclass__"_a)>);
static_assert(std::is_same_v<special::class_getitem, decltype("__class_getitem__"_a)>);
static_assert(std::is_same_v<special::getattribute, decltype("__getattribute__"_a)>);
static_assert(std::is_same_v<special::getattr, decltype("__getattr__"_a)>);
static_assert(std::is_same_v<special::setattr, decltype("__setattr__"_a)>);
static_assert(std::is_same_v<special::delattr, decltype("__delattr__"_a)>);
static_assert(std::is_same_v<special::subclasshook, decltype("__subclasshook__"_a)>);
