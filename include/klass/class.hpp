// klass/class.hpp — what a klass class is: `object`, `bases<...>`, its name and its bases.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_HPP
#define KLASS_CLASS_HPP

#include <string_view>
#include <type_traits>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/datamodel/builtin_attribute.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/dict.hpp>
#include <klass/names.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/detail/type_name.hpp>

namespace klass {

// The declared bases of a class, in order: `using bases = klass::bases<B, C>;`
template <class... Bases>
struct bases {};

namespace detail {
// object.__new__ and object.__init__, defined with the creation protocol in
// <klass/create.hpp> (found there by argument-dependent lookup on call_tag).
struct call_tag {};
struct object_new_function {
  template <class Class, class... Args>
  auto operator()(Class cls, Args&&... args) const {
    return object_new(call_tag{}, cls, static_cast<Args&&>(args)...);
  }
};
struct object_init_function {
  template <class Self, class... Args>
  void operator()(Self& self, Args&&... args) const {
    object_init(call_tag{}, self, static_cast<Args&&>(args)...);
  }
};
// object.__init_subclass__(cls): a classmethod that does nothing and takes no
// keyword arguments (CPython's object___init_subclass___impl, METH_CLASS |
// METH_NOARGS); in <klass/create.hpp>. Only keywords can reach it: a positional
// argument does not match.
struct object_init_subclass_function {
  template <class Class, class... Keys, class... Values>
  void operator()(Class cls, const entry<Keys, Values>&... keywords) const {
    object_init_subclass(call_tag{}, cls, keywords...);
  }
};
// object.__getattribute__, __setattr__, __delattr__: the generic attribute
// protocol, in <klass/lookup.hpp>; a class's own hooks hand on to them through super.
struct object_getattribute_function {
  template <class Self, class Name>
  decltype(auto) operator()(Self& self, Name name) const {
    return object_getattribute(call_tag{}, self, name);
  }
};
struct object_setattr_function {
  template <class Self, class Name, class Value>
  void operator()(Self& self, Name name, Value&& value) const {
    object_setattr(call_tag{}, self, name, static_cast<Value&&>(value));
  }
};
struct object_delattr_function {
  template <class Self, class Name>
  void operator()(Self& self, Name name) const {
    object_delattr(call_tag{}, self, name);
  }
};
}  // namespace detail

// The root of every hierarchy, Python's `object`: its dict holds __new__ (which
// allocates), __init__ (which accepts no arguments), __init_subclass__ (a
// classmethod doing nothing), the generic attribute protocol, and the getset
// descriptors __class__ and __dict__ (<klass/datamodel/type_attributes.hpp>).
struct object {
  using bases = klass::bases<>;
  static constexpr std::string_view class_name = "object";
  static constexpr auto dict = klass::dict(attr_c<"__new__">{} = detail::object_new_function{},
                                           attr_c<"__init__">{} = detail::object_init_function{},
                                           attr_c<"__init_subclass__">{} =
                                               klass::classmethod(detail::object_init_subclass_function{}),
                                           attr_c<"__getattribute__">{} = detail::object_getattribute_function{},
                                           attr_c<"__setattr__">{} = detail::object_setattr_function{},
                                           attr_c<"__delattr__">{} = detail::object_delattr_function{},
                                           attr_c<"__class__">{} = detail::builtin_attribute<attr_c<"__class__">>{},
                                           attr_c<"__dict__">{} = detail::builtin_attribute<attr_c<"__dict__">>{});
};

namespace detail {
template <class T>
struct is_bases_list : std::false_type {};
template <class... Bs>
struct is_bases_list<bases<Bs...>> : std::true_type {};

template <class T>
concept declares_bases = requires { typename T::bases; };
template <class T>
concept declares_class_name = requires {
  { T::class_name } -> std::convertible_to<std::string_view>;
};
}  // namespace detail

// A klass class is a C++ class type; if it declares `bases`, they are a
// klass::bases<...> list. A class that declares nothing derives from object.
template <class T>
concept class_type =
    std::is_class_v<T> && (!detail::declares_bases<T> || detail::is_bases_list<typename T::bases>::value);

namespace detail {
// __bases__: the declared bases; none (or an empty list) means (object,).
template <class Declared>
struct bases_list {
  using type = type_list<object>;
};
template <class B, class... Bs>
struct bases_list<klass::bases<B, Bs...>> {
  using type = type_list<B, Bs...>;
};
template <class C>
struct declared_bases {
  using type = type_list<object>;
};
template <declares_bases C>
struct declared_bases<C> : bases_list<typename C::bases> {};
template <>
struct declared_bases<object> {
  using type = type_list<>;
};

template <class C>
using bases_of = typename declared_bases<C>::type;

// The bases as the class statement wrote them (what a metaclass receives): none
// is (), where __bases__ says (object,).
template <class C>
struct written_bases {
  using type = type_list<>;
};
template <declares_bases C>
struct written_bases<C> : written_bases<typename C::bases> {};
template <class... Bs>
struct written_bases<klass::bases<Bs...>> {
  using type = type_list<Bs...>;
};

template <class... Ts>
constexpr auto to_hana(type_list<Ts...>) {
  return boost::hana::tuple_t<Ts...>;
}

template <class C>
constexpr std::string_view class_name() {
  if constexpr (declares_class_name<C>)
    return C::class_name;
  else
    return unqualified_type_name<C>;
}
}  // namespace detail

// __name__: the unqualified C++ name, or `static constexpr std::string_view class_name`.
template <class_type C>
inline constexpr std::string_view name = detail::class_name<C>();

namespace detail {
// The name as a fixed_string, for messages built at compile time.
template <class C>
inline constexpr auto fixed_name = to_fixed<klass::name<C>.size()>(klass::name<C>);
}  // namespace detail

// __bases__: a Hana tuple of hana::type, in declaration order.
template <class_type C>
inline constexpr auto bases_of = detail::to_hana(detail::bases_of<C>{});

}  // namespace klass

#endif
