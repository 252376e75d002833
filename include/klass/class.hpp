// klass/class.hpp — what a klass class is: `object`, `bases<...>`, its name and its bases.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_HPP
#define KLASS_CLASS_HPP

#include <string_view>
#include <type_traits>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/descriptors.hpp>
#include <klass/declaration.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/dict.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/type_list.hpp>
#include <klass/detail/type_name.hpp>

namespace klass {

// The declared bases of a class, in order: `using bases = klass::bases<B, C>;`
template <class... Bases>
struct bases {};

struct object;

namespace detail {
// Customization point, in the style of Hana's xxx_impl<Tag>: the C++ body of the
// method Name of the built-in class Owner (object, klass::type) called on a
// receiver of type Self (a class object, an instance), which is the tag. The
// function objects in object's and type's dicts call it; the header that owns
// each protocol defines it: object.__new__, __init__, __init_subclass__,
// type.__call__ and type.__new__ in <klass/create.hpp>; object.__getattribute__,
// __setattr__ and __delattr__ in <klass/lookup.hpp>. So a lower header never
// calls a function only a higher one declares (nor finds one by argument-dependent
// lookup in a user's namespace): it names this template, declared here.
template <class Owner, class Name, class Self>
struct builtin_impl;

// Customization point: what each getset descriptor of `type` and `object`
// answers, defined per name in <klass/datamodel/type_attributes.hpp>.
template <class Name>
struct builtin_attribute_impl;

// A getset descriptor, as CPython's type_getsets and object_getsets are: a data
// descriptor (it has set), so it wins over anything a class dict holds under the
// same name — A.__name__ is the class's name even if A's dict has "__name__".
// `type`'s dict holds __name__, __qualname__, __module__, __mro__, __bases__,
// __base__, __doc__ and __dict__; `object`'s holds __class__ and __dict__.
template <class Name>
struct builtin_attribute {
  template <class Object, class Owner>
  constexpr decltype(auto) get(Object& object, Owner owner) const {
    return builtin_attribute_impl<Name>::get(object, owner);
  }
  template <class Object, class Value>
  constexpr void set(Object& object, Value&&) const {
    builtin_attribute_impl<Name>::template refuse_set<Object>();
    static_cast<void>(object);
  }
};

// object.__new__ and object.__init__ (<klass/create.hpp>).
struct object_new_function {
  template <class Class, class... Args>
  auto operator()(Class cls, Args&&... args) const {
    return builtin_impl<object, special::new_, Class>::apply(cls, static_cast<Args&&>(args)...);
  }
};
struct object_init_function {
  template <class Self, class... Args>
  void operator()(Self& self, Args&&... args) const {
    builtin_impl<object, special::init, Self>::apply(self, static_cast<Args&&>(args)...);
  }
};
// object.__init_subclass__(cls): a classmethod that does nothing and takes no
// keyword arguments (CPython's object___init_subclass___impl, METH_CLASS |
// METH_NOARGS); in <klass/create.hpp>. Only keywords can reach it: a positional
// argument does not match.
struct object_init_subclass_function {
  template <class Class, class... Keys, class... Values>
  void operator()(Class cls, const entry<Keys, Values>&... keywords) const {
    builtin_impl<object, special::init_subclass, Class>::apply(cls, keywords...);
  }
};
// object.__getattribute__, __setattr__, __delattr__: the generic attribute
// protocol, in <klass/lookup.hpp>; a class's own hooks hand on to them through super.
struct object_getattribute_function {
  template <class Self, class Name>
  decltype(auto) operator()(Self& self, Name name) const {
    return builtin_impl<object, special::getattribute, Self>::apply(self, name);
  }
};
struct object_setattr_function {
  template <class Self, class Name, class Value>
  void operator()(Self& self, Name name, Value&& value) const {
    builtin_impl<object, special::setattr, Self>::apply(self, name, static_cast<Value&&>(value));
  }
};
struct object_delattr_function {
  template <class Self, class Name>
  void operator()(Self& self, Name name) const {
    builtin_impl<object, special::delattr, Self>::apply(self, name);
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
  static constexpr auto dict = klass::dict(detail::special::new_{} = detail::object_new_function{},
                                           detail::special::init{} = detail::object_init_function{},
                                           detail::special::init_subclass{} =
                                               klass::classmethod(detail::object_init_subclass_function{}),
                                           detail::special::getattribute{} = detail::object_getattribute_function{},
                                           detail::special::setattr{} = detail::object_setattr_function{},
                                           detail::special::delattr{} = detail::object_delattr_function{},
                                           detail::special::class_{} = detail::builtin_attribute<detail::special::class_>{},
                                           detail::special::dict_{} = detail::builtin_attribute<detail::special::dict_>{});
};

namespace detail {
template <class T>
struct is_bases_list : std::false_type {};
template <class... Bs>
struct is_bases_list<bases<Bs...>> : std::true_type {};

// Read only once T is complete (declaration.hpp).
template <class T>
concept declares_bases = declaration_readable<T> && requires { typename T::bases; };
template <class T>
concept declares_class_name = declaration_readable<T> && requires {
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

// A list as users see it: the type_list itself, a Hana Sequence of hana::type
// (<klass/type_list.hpp>), which costs nothing more to hand out.
template <class... Ts>
constexpr type_list<Ts...> to_hana(type_list<Ts...> list) {
  return list;
}

template <class C>
constexpr std::string_view class_name() {
  if constexpr (declares_class_name<C>)
    return C::class_name;
  else
    return unqualified_type_name<C>;
}

// __qualname__ of the function Owner.Name, for the error of a call with arguments
// it cannot take (the customization point of <klass/call_errors.hpp>).
template <class Owner, class Name>
  requires(!std::is_void_v<Owner>)
struct qualname_of<Owner, Name> {
  static constexpr std::string_view owner = class_name<Owner>(), dot = ".", name = Name::name;
};
}  // namespace detail

// __name__: the unqualified C++ name, or `static constexpr std::string_view class_name`.
template <class_type C>
inline constexpr std::string_view name = detail::class_name<C>();

namespace detail {
// The name as a fixed_string, for messages built at compile time.
template <class C>
inline constexpr auto fixed_name = to_fixed<klass::name<C>.size()>(klass::name<C>);
}  // namespace detail

// __bases__: a klass::type_list (a Hana Sequence of hana::type), in declaration order.
template <class_type C>
inline constexpr detail::bases_of<C> bases_of{};

}  // namespace klass

#endif
