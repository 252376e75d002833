// klass/metaclass.hpp — `type`, the metaclass of a class (most derived, or a conflict), and klass::singleton.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_METACLASS_HPP
#define KLASS_METACLASS_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/class.hpp>
#include <klass/class_object.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/dict.hpp>
#include <klass/errors.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

struct type;

namespace detail {
// type.__call__ and type.__new__, defined with the creation protocol in
// <klass/create.hpp> (the customization point builtin_impl, <klass/class.hpp>);
// type.__init__ does nothing.
struct type_call_function {
  template <class Class, class... Args>
  auto operator()(Class cls, Args&&... args) const {
    return builtin_impl<klass::type, special::call, Class>::apply(cls, static_cast<Args&&>(args)...);
  }
};
struct type_new_function {
  template <class Metaclass, class... Args>
  auto operator()(Metaclass mcls, Args&&... args) const {
    return builtin_impl<klass::type, special::new_, Metaclass>::apply(mcls, static_cast<Args&&>(args)...);
  }
};
struct type_init_function {
  template <class Class, class... Args>
  void operator()(Class&, Args&&...) const {}
};
}  // namespace detail

// The root metaclass, Python's `type`. A metaclass is a class deriving from it;
// its __new__ and __init__ run when a class statement is executed (klass::define).
// Its getset descriptors describe each class (<klass/datamodel/type_attributes.hpp>).
struct type {
  using bases = klass::bases<object>;
  static constexpr std::string_view class_name = "type";
  static constexpr auto dict = klass::dict(detail::special::call{} = detail::type_call_function{},
                                           detail::special::new_{} = detail::type_new_function{},
                                           detail::special::init{} = detail::type_init_function{},
                                           detail::special::name_{} = detail::builtin_attribute<detail::special::name_>{},
                                           detail::special::qualname{} = detail::builtin_attribute<detail::special::qualname>{},
                                           detail::special::module{} = detail::builtin_attribute<detail::special::module>{},
                                           detail::special::mro_{} = detail::builtin_attribute<detail::special::mro_>{},
                                           detail::special::bases_{} = detail::builtin_attribute<detail::special::bases_>{},
                                           detail::special::base{} = detail::builtin_attribute<detail::special::base>{},
                                           detail::special::doc{} = detail::builtin_attribute<detail::special::doc>{},
                                           detail::special::dict_{} = detail::builtin_attribute<detail::special::dict_>{});
};

template <class M>
concept metaclass_type = class_type<M> && has_consistent_mro<M> && detail::is_subclass<M, type>;

namespace error {
template <class Winner, class Other>
struct metaclass_conflict;
}  // namespace error

namespace detail {

template <class C>
concept declares_metaclass = declaration_readable<C> && requires { typename C::metaclass; };

template <class C>
struct metaclass_info;

// _PyType_CalculateMetaclass: start from the declared metaclass (else the first
// base's, else type) and keep the most derived of it and every base's metaclass;
// two that are not subclasses of one another are a conflict.
template <class Start, class Bases>
struct calculate_metaclass;
template <class Start>
struct calculate_metaclass<Start, type_list<>> {
  using winner = Start;
  using conflict = void;
};
template <class Start, class Base, class... Bases>
struct calculate_metaclass<Start, type_list<Base, Bases...>> {
  using base_meta = typename metaclass_info<Base>::type;
  // PyType_IsSubtype: the MRO alone (a metaclass is never a virtual subclass).
  using step = std::conditional_t<is_subclass<Start, base_meta>, Start,
                                  std::conditional_t<is_subclass<base_meta, Start>, base_meta, void>>;
  using rest = calculate_metaclass<std::conditional_t<std::is_void_v<step>, Start, step>, type_list<Bases...>>;
  using winner = std::conditional_t<std::is_void_v<step>, Start, typename rest::winner>;
  using conflict = std::conditional_t<std::is_void_v<step>, type_list<Start, base_meta>, typename rest::conflict>;
};

template <class Bases>
struct first_base_metaclass {
  using type = klass::type;
};
template <class Base, class... Bases>
struct first_base_metaclass<type_list<Base, Bases...>> {
  using type = typename metaclass_info<Base>::type;
};
template <class C>
struct declared_or_first_base_metaclass : first_base_metaclass<bases_of<C>> {};
template <declares_metaclass C>
struct declared_or_first_base_metaclass<C> {
  using type = typename C::metaclass;
};

// Memoized per class: type(C), and whether the metaclasses conflict.
template <class C>
struct metaclass_info {
  using calculation = calculate_metaclass<typename declared_or_first_base_metaclass<C>::type, bases_of<C>>;
  using type = typename calculation::winner;
  using conflict = typename calculation::conflict;  // void, or the two metaclasses
};
template <>
struct metaclass_info<object> {
  using type = klass::type;
  using conflict = void;
};

template <class Conflict>
struct metaclass_conflict_error;
template <class Winner, class Other>
struct metaclass_conflict_error<type_list<Winner, Other>> {
  KLASS_DETAIL_ERROR(metaclass_conflict_error, TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
                     "the metaclasses of all its bases",
                     (join<"metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                           "subclass of the metaclasses of all its bases">),
                     error::metaclass_conflict<Winner, Other>);
};

// type(C), checked: a conflict is one error (naming the two metaclasses on clang).
template <class C, class Conflict = typename metaclass_info<C>::conflict>
struct checked_metaclass {
  using type = typename metaclass_info<C>::type;
};
template <class C, class Conflict>
  requires(!std::is_void_v<Conflict>)
struct checked_metaclass<C, Conflict> {
  using type = std::conditional_t<(KLASS_DETAIL_REPORT(metaclass_conflict_error<Conflict>), true),
                                  klass::type, void>;
};
template <class C>
using metaclass_of = typename checked_metaclass<C>::type;

}  // namespace detail

// A metaclass given as a function, as Python allows (`metaclass=mymeta`): F is a
// constexpr callable taking the class (its klass::class_object) and its namespace and
// returning the namespace the class is created with.
template <class F>
struct function_metaclass {
  using bases = klass::bases<type>;
  static constexpr auto transform_namespace(auto cls, const auto& ns) { return F{}(cls, ns); }
};

// type(C) as a type: the metaclass of C, the most derived of its declared one and
// its bases' (a conflict is the compile error `metaclass conflict: ...`).
template <class_type C>
using metaclass_of = detail::metaclass_of<C>;

// type(C) as a value: the class object of C's metaclass (type(o) for an instance
// is in <klass/instance.hpp>).
template <class C>
constexpr class_object<metaclass_of<C>> type_of(class_object<C>) {
  return {};
}

// Whether C's metaclasses conflict, asked without failing the build.
template <class_type C>
inline constexpr bool has_metaclass_conflict = !std::is_void_v<typename detail::metaclass_info<C>::conflict>;

}  // namespace klass

#endif
