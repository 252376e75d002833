// klass/polymorphism/table.hpp — the dispatch table of a (class, base) pair, and the run-time record of a class.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_TABLE_HPP
#define KLASS_POLYMORPHISM_TABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/abc.hpp>
#include <klass/class.hpp>
#include <klass/datamodel/hash.hpp>
#include <klass/datamodel/text.hpp>
#include <klass/datamodel/truth.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/super.hpp>
#include <klass/lookup.hpp>
#include <klass/mro.hpp>
#include <klass/polymorphism/conformance.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/name_index.hpp>

namespace klass::detail {

// ---- the run-time record of a class -------------------------------------------------------

// What a running program knows of an object's class when only a base is known
// statically: its identity, __name__, __mro__, the ABCs it is a virtual subclass
// of, a dispatch table for each class a handle of which can hold it, how to ask
// it about a name known at run time, and how to destroy it. One per class,
// built at compile time.
struct class_record {
  type_id id;
  std::string_view name;
  const std::string_view* mro_names;
  std::size_t mro_size;
  // The MRO's classes, then the ABCs the class is registered with (directly or
  // through a class of its MRO, and their MROs): every class isinstance can
  // say true for without a __subclasshook__.
  const type_id* related;
  std::size_t related_size;
  // For each class of `related`: the dispatch table of (this class, it), or
  // null where this class breaks what that class declares.
  const void* const* tables;
  bool (*hasattr)(object_header*, const name_key&);
  void (*destroy)(object_header*) noexcept;
  // The data model's protocols of the class (<klass/datamodel/...>).
  bool (*truth)(object_header*);
  std::string (*repr)(object_header*);
  std::string (*str)(object_header*);
  std::ptrdiff_t (*hash)(object_header*);

  // The position of a class in `related`, or npos.
  constexpr std::size_t find(type_id other) const noexcept {
    for (std::size_t i = 0; i != related_size; ++i)
      if (related[i] == other) return i;
    return npos;
  }
  // isinstance through the MRO alone (PyType_IsSubtype).
  constexpr bool mro_contains(type_id other) const noexcept {
    for (std::size_t i = 0; i != mro_size; ++i)
      if (related[i] == other) return true;
    return false;
  }
};

// ---- the table of a (class, base) pair: one entry per name of the base ---------------------

// An operation the base does not offer for a name: no pointer at all.
struct no_operation {};

template <class Access, get_mode = Access::mode>
struct get_pointer {
  using type = no_operation;
};
template <class Access>
struct get_pointer<Access, get_mode::value> {
  using type = typename Access::got (*)(object_header*);
};
template <class Signature>
struct call_pointer;
template <class R, class... Args>
struct call_pointer<R(Args...)> {
  using type = R (*)(object_header*, Args...);
};
template <class Access>
struct get_pointer<Access, get_mode::method> : call_pointer<typename Access::signature::type> {};

template <class Set, set_mode = Set::mode>
struct set_pointer {
  using type = no_operation;
};
template <class Set>
struct set_pointer<Set, set_mode::typed> {
  using type = void (*)(object_header*, typename Set::type&&);
};

template <bool Deletable>
struct del_pointer {
  using type = no_operation;
};
template <>
struct del_pointer<true> {
  using type = void (*)(object_header*);
};

// The entry of name N in the table of base B: typed function pointers, as B types N.
template <class B, class N>
struct table_entry {
  using access = get_access<B, N>;
  using set = set_access<B, N>;
  [[no_unique_address]] typename get_pointer<access>::type get;
  [[no_unique_address]] typename set_pointer<set>::type assign;
  [[no_unique_address]] typename del_pointer<deletable<B, N>()>::type remove;
  bool (*has)(object_header*);
};

template <class D>
instance<D>& object_of(object_header* object) {
  return *static_cast<instance<D>*>(object);
}

// What the entries of D point to: the object's own class's getattr, setattr,
// delattr and hasattr, with every rule of the attribute model, the result given
// as the base types it.
template <class D, class N, class G>
G get_thunk(object_header* object) {
  return static_cast<G>(klass::getattr(object_of<D>(object), N{}));
}
template <class D, class N, class Signature>
struct call_thunk;
template <class D, class N, class R, class... Args>
struct call_thunk<D, N, R(Args...)> {
  static R call(object_header* object, Args... args) {
    return static_cast<R>(klass::getattr(object_of<D>(object), N{})(std::forward<Args>(args)...));
  }
};
template <class D, class N, class S>
void set_thunk(object_header* object, S&& value) {
  klass::setattr(object_of<D>(object), N{}, std::move(value));
}
template <class D, class N>
void del_thunk(object_header* object) {
  klass::delattr(object_of<D>(object), N{});
}

template <class D, class B, class N>
constexpr table_entry<B, N> make_entry() {
  using entry = table_entry<B, N>;
  using access = typename entry::access;
  using set = typename entry::set;
  entry out{};
  if constexpr (access::mode == get_mode::value)
    out.get = &get_thunk<D, N, typename access::got>;
  else if constexpr (access::mode == get_mode::method)
    out.get = &call_thunk<D, N, typename access::signature::type>::call;
  if constexpr (set::mode == set_mode::typed) out.assign = &set_thunk<D, N, typename set::type>;
  if constexpr (deletable<B, N>()) out.remove = &del_thunk<D, N>;
  out.has = hasattr_entry<D, N>();
  return out;
}

// The entry of super(X, o).N: what the first class after X in the object's own
// MRO gives, typed as it is through B.
template <class B, class Key>
struct super_entry {
  typename get_pointer<super_access<B, typename Key::klass_class, typename Key::name>>::type get;
};

template <class D, class X, class N, class Signature>
struct super_call_thunk;
template <class D, class X, class N, class R, class... Args>
struct super_call_thunk<D, X, N, R(Args...)> {
  static R call(object_header* object, Args... args) {
    if constexpr (is_subclass<D, X>) {
      return static_cast<R>(klass::getattr(klass::super<X>(object_of<D>(object)), N{})(std::forward<Args>(args)...));
    } else {
      // super_check: a virtual subclass of X is not an instance of it for super.
      detail::raise_error<type_error>(join<"super(type, obj): obj (", fixed_name<D>, ") must be an instance or subtype of type (",
                            fixed_name<X>, ")">.text);
    }
  }
};
template <class D, class X, class N, class G>
G super_value_thunk(object_header* object) {
  if constexpr (is_subclass<D, X>)
    return static_cast<G>(klass::getattr(klass::super<X>(object_of<D>(object)), N{}));
  else
    detail::raise_error<type_error>(join<"super(type, obj): obj (", fixed_name<D>, ") must be an instance or subtype of type (",
                          fixed_name<X>, ")">.text);
}

template <class D, class B, class Key>
constexpr super_entry<B, Key> make_super_entry() {
  using X = typename Key::klass_class;
  using N = typename Key::name;
  using access = super_access<B, X, N>;
  if constexpr (access::mode == get_mode::value)
    return {&super_value_thunk<D, X, N, typename access::got>};
  else
    return {&super_call_thunk<D, X, N, typename access::signature::type>::call};
}

struct table_header {
  const class_record* cls;
};

// The table of a handle of B: one entry per name B's MRO declares (its
// interface), and one per name super(X, o) reaches for X in B's MRO.
template <class B, class Names = typename interface_of<B>::names, class Keys = typename super_keys_of<B>::type>
struct table;
template <class B, class... Names, class... Keys>
struct table<B, type_list<Names...>, type_list<Keys...>> : table_header,
                                                            table_entry<B, Names>...,
                                                            super_entry<B, Keys>... {};


template <class List>
struct distinct_classes;
template <class List>
struct closure_of_mro;
template <class D>
using related_classes_t = typename distinct_classes<typename closure_of_mro<typename mro_info<D>::list>::type>::type;
template <class D, class Mro = typename mro_info<D>::list, class Related = related_classes_t<D>>
struct record_parts;

template <class D, class B, class Names = typename interface_of<B>::names, class Keys = typename super_keys_of<B>::type>
struct table_of;
// The table of (D, B), built when a conversion needs it (D checked to conform).
template <class D, class B, class... Names, class... Keys>
struct table_of<D, B, type_list<Names...>, type_list<Keys...>> {
  static constexpr table<B> value{{&record_parts<D>::value}, make_entry<D, B, Names>()..., make_super_entry<D, B, Keys>()...};
};

// ---- the classes an instance of D is an instance of ---------------------------------------

template <class Y, class Registered = registered_with<Y>>
struct registered_closure;
// An ABC Y is registered with counts when ABCMeta.register would keep it (an ABC,
// not a class Y already derives from); its MRO counts, and what it is registered with.
template <class Y, class... Rs>
struct registered_closure<Y, type_list<Rs...>> {
  template <class R>
  static constexpr bool kept() {
    if constexpr (is_abc<R>)
      return !is_subclass<Y, R> && !is_subclass<R, Y>;
    else
      return false;
  }
  using type = concat<std::conditional_t<kept<Rs>(), typename closure_of_mro<typename mro_info<Rs>::list>::type,
                                         type_list<>>...>;
};
template <class... Ys>
struct closure_of_mro<type_list<Ys...>> {
  using type = concat<type_list<Ys...>, typename registered_closure<Ys>::type...>;
};

// Each class once, first occurrence kept.
template <class... Ts>
struct distinct_classes<type_list<Ts...>> {
  static constexpr auto data = [] {
    constexpr type_id ids[] = {id_of<Ts>..., nullptr};
    struct result_t {
      std::size_t count = 0;
      std::size_t index[sizeof...(Ts) + 1]{};
    } out{};
    for (std::size_t i = 0; i != sizeof...(Ts); ++i) {
      bool seen = false;
      for (std::size_t j = 0; j != out.count; ++j) seen = seen || ids[out.index[j]] == ids[i];
      if (!seen) out.index[out.count++] = i;
    }
    return out;
  }();
  template <std::size_t... I>
  static auto pick(std::index_sequence<I...>) -> type_list<at<data.index[I], type_list<Ts...>>...>;
  using type = decltype(pick(std::make_index_sequence<data.count>{}));
};

// The table of (D, X) if D keeps what X declares, else null.
template <class D, class X>
constexpr const void* table_if_held() {
  if constexpr (conforms<D, X>)
    return &table_of<D, X>::value;
  else
    return nullptr;
}

// The last reference went: __del__, then free (what ~ref does).
template <class D>
void destroy(object_header* object) noexcept {
  release_last_reference(static_cast<instance<D>*>(object));
}
// bool(o): slot_nb_bool of the object's class (__bool__, else __len__, else true).
template <class D>
bool truth(object_header* object) {
  return truth_protocol<D>::truth(*static_cast<instance<D>*>(object));
}
// repr(o), str(o): the object's class's __repr__ / __str__, or object's.
template <class D>
std::string repr(object_header* object) {
  return repr_of(*static_cast<instance<D>*>(object));
}
template <class D>
std::string str(object_header* object) {
  return str_of(*static_cast<instance<D>*>(object));
}
// hash(o): the object's class's __hash__, identity, or — a class with __eq__ and
// no __hash__ — "unhashable type", raised when hash is asked, as in Python.
template <class D>
std::ptrdiff_t hash(object_header* object) {
  if constexpr (hash_rule<D> == hash_kind::unhashable)
    detail::raise_error<type_error>(join<"unhashable type: '", fixed_name<D>, "'">.text);
  else
    return object_hash(*static_cast<instance<D>*>(object));
}

template <class D, class... Ms, class... Rs>
struct record_parts<D, type_list<Ms...>, type_list<Rs...>> {
  static constexpr std::string_view mro_names[] = {klass::name<Ms>...};
  static constexpr type_id related[] = {id_of<Rs>...};
  static constexpr const void* tables[] = {table_if_held<D, Rs>()...};
  static constexpr class_record value{id_of<D>, klass::name<D>, mro_names, sizeof...(Ms), related, sizeof...(Rs),
                                      tables, &runtime_hasattr<D>::ask, &destroy<D>,
                                      &truth<D>, &repr<D>, &str<D>, &hash<D>};
};

// The record of D (a constant whose address every table of D holds).
template <class D>
constexpr const class_record* record_of() {
  return &record_parts<D>::value;
}

}  // namespace klass::detail

#endif
