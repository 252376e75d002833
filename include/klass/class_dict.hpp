// klass/class_dict.hpp — C.__dict__: the namespace a class is created with, as its metaclass and type.__new__ make it.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_DICT_HPP
#define KLASS_CLASS_DICT_HPP

#include <type_traits>
#include <utility>

#include <klass/class_object.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/dict.hpp>
#include <klass/metaclass.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass::detail {

// The namespace a metaclass hands type.__new__: the declared one, unless the
// metaclass transforms it at compile time (below).
template <class C>
struct transformed_namespace {
  static constexpr const auto& value = declared_dict<C>();
};

// Whether M itself declares transform_namespace (any signature): two bases with
// the name make it ambiguous.
struct transform_namespace_member { int transform_namespace; };
template <class M>
struct transform_namespace_probe : M, transform_namespace_member {};
template <class M>
concept declares_transform_namespace =
    declaration_readable<M> && !requires { &transform_namespace_probe<M>::transform_namespace; };

// The class whose transform_namespace M uses: the first of M's MRO that declares
// one, as a metaclass inherits its bases' __new__ (void: none). Memoized per metaclass.
template <class List>
struct first_transformer {
  using type = void;
};
template <class T, class... Ts>
struct first_transformer<type_list<T, Ts...>>
    : std::conditional_t<declares_transform_namespace<T>, std::type_identity<T>, first_transformer<type_list<Ts...>>> {};
template <class M>
struct namespace_transformer : first_transformer<typename mro_info<M>::list> {};
template <>
struct namespace_transformer<klass::type> {  // type.__new__ edits nothing
  using type = void;
};
template <class M>
concept transforms_namespace = !std::is_void_v<typename namespace_transformer<M>::type>;

// A metaclass may rewrite the namespace at compile time, as a metaclass's
// __new__ may edit `attrs` before calling type.__new__: every lookup then sees
// the namespace it returns.
template <class C>
  requires transforms_namespace<typename metaclass_info<C>::type>
struct transformed_namespace<C> {
  static constexpr auto value = namespace_transformer<typename metaclass_info<C>::type>::type::transform_namespace(
      class_object<C>{}, declared_dict<C>());
};
// Never defined: finds a dict's entry by its key alone (one overload resolution
// over the dict's bases), giving the value's type.
template <class Key, class Value>
Value entry_value(const entry<Key, Value>&);

// type_new_set_classmethod: an entry __init_subclass__ or __class_getitem__ that is
// a plain function becomes classmethod(f) (CPython checks PyFunction_Check; a
// klass function is any callable of function kind).
template <class Ns, class Key>
inline constexpr bool implicit_classmethod = false;
template <class Ns, class Key>
  requires requires(const Ns& ns) { entry_value<Key>(ns); }
inline constexpr bool implicit_classmethod<Ns, Key> =
    kind_of<decltype(entry_value<Key>(std::declval<const Ns&>()))>() == attribute_kind::function;

template <class Ns>
constexpr auto with_implicit_classmethods(const Ns& ns) {
  constexpr bool init_subclass = implicit_classmethod<Ns, special::init_subclass>;
  constexpr bool class_getitem = implicit_classmethod<Ns, special::class_getitem>;
  if constexpr (init_subclass && class_getitem)
    return ns.with(special::init_subclass{} = klass::classmethod(ns[special::init_subclass{}]),
                   special::class_getitem{} = klass::classmethod(ns[special::class_getitem{}]));
  else if constexpr (init_subclass)
    return ns.with(special::init_subclass{} = klass::classmethod(ns[special::init_subclass{}]));
  else
    return ns.with(special::class_getitem{} = klass::classmethod(ns[special::class_getitem{}]));
}

// The namespace the class was created with (what type.__new__ stores as
// C.__dict__): the transformed one, referred to without a copy, unless it has an
// implicit classmethod to wrap (after the metaclass's transform, as type.__new__
// does it after the metaclass's __new__ edited the namespace).
template <class C, class Ns = std::remove_cvref_t<decltype(transformed_namespace<C>::value)>>
struct created_namespace {
  static constexpr const auto& value = transformed_namespace<C>::value;
};
template <class C, class Ns>
  requires(implicit_classmethod<Ns, special::init_subclass> || implicit_classmethod<Ns, special::class_getitem>)
struct created_namespace<C, Ns> {
  static constexpr auto value = with_implicit_classmethods(transformed_namespace<C>::value);
};

template <class C>
constexpr const auto& dict_of() {
  return created_namespace<C>::value;
}
template <class C>
using dict_type = std::remove_cvref_t<decltype(dict_of<C>())>;

}  // namespace klass::detail

#endif
