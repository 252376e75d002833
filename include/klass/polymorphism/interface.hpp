// klass/polymorphism/interface.hpp — what each name of a class is, as one C++ type: what getattr gives, what setattr takes, whether delattr can.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_INTERFACE_HPP
#define KLASS_POLYMORPHISM_INTERFACE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/binding.hpp>
#include <klass/datamodel/type_attributes.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/type_lookup.hpp>
#include <klass/dict.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/mro.hpp>
#include <klass/special_names.hpp>
#include <klass/polymorphism/signature.hpp>
#include <klass/super.hpp>

namespace klass::detail {

// ---- the names of an MRO ------------------------------------------------------------

// Every name the dicts of an MRO define, each once, in the order first seen
// (MRO order, then dict order): one constant evaluation over the dicts laid end to end.
// (Not suggestions.hpp's mro_names, which lists every entry, repeats included.)
template <class MroList>
struct mro_distinct_names;
template <class... Ts>
struct mro_distinct_names<type_list<Ts...>> {
  using keys = concat<typename dict_type<Ts>::keys...>;
  static constexpr std::size_t total = keys::size;
  struct result_t {
    std::size_t count = 0;
    std::size_t first[total + 1]{};
  };
  static constexpr result_t data = [] {
    result_t out{};
    constexpr std::size_t sizes[] = {dict_type<Ts>::size..., 0};
    constexpr const own_namespace_view* views[] = {&own_namespace<Ts>::view..., nullptr};
    const std::uint64_t* hashes[] = {own_namespace_hashes<typename dict_type<Ts>::keys>::value..., nullptr};
    constexpr std::size_t mask = table_mask(total);
    const type_id** bucket = new const type_id*[mask + 1]{};
    std::size_t flat = 0;
    for (std::size_t c = 0; c != sizeof...(Ts); ++c) {
      for (std::size_t i = 0; i != sizes[c]; ++i, ++flat) {
        const type_id* id = &views[c]->ids[i];
        std::size_t b = hashes[c][i] & mask;
        while (bucket[b] != nullptr && *bucket[b] != *id) b = (b + 1) & mask;
        if (bucket[b] == nullptr) {
          bucket[b] = id;
          out.first[out.count++] = flat;
        }
      }
    }
    delete[] bucket;
    return out;
  }();
  template <std::size_t... I>
  static auto pick(std::index_sequence<I...>) -> type_list<at<data.first[I], keys>...>;
  using type = decltype(pick(std::make_index_sequence<data.count>{}));
};

// Every name reachable on an instance of C: its namespace (fields included).
template <class C>
using namespace_names = typename mro_distinct_names<typename mro_info<C>::list>::type;

// The names a base-typed handle does not offer: the creation protocol
// (__new__, __init__, __init_subclass__, __class_getitem__, __set_name__ and
// __subclasshook__ — subclasses take other arguments there, as type checkers
// allow) and the attribute hooks, which the object's own class runs for every
// name through the handle.
constexpr bool outside_interface(std::string_view name) {
  for (std::string_view hidden : {special::new_::name, special::init::name, special::init_subclass::name,
                                  special::class_getitem::name, std::string_view("__set_name__") /* not in special_names.hpp yet */, special::subclasshook::name,
                                  special::getattribute::name, special::getattr::name, special::setattr::name,
                                  special::delattr::name})
    if (name == hidden) return true;
  return false;
}

// A subclass of B with nothing of its own, to ask what a descriptor gives on a
// subclass (it is never defined, created or shown).
template <class B>
struct any_subclass {
  using bases = klass::bases<B>;
};

// A descriptor whose value's C++ type depends on the class it is read on (its
// get(instance, owner) returns, say, a per-class tracker): such a name has no
// one C++ type through a base, so it is left out of B's interface.
template <class B, class N, class L = type_lookup<B, N>>
constexpr bool per_class_value() {
  if constexpr (!L::found) {
    return false;
  } else if constexpr ((L::kind == attribute_kind::data_descriptor ||
                        L::kind == attribute_kind::non_data_descriptor) &&
                       has_descriptor_get<typename L::value_type>) {
    // What the one binding rule (<klass/binding.hpp>) gives on B and on a subclass.
    using on_b = decltype(descr_get<N, L>(std::declval<instance<B>&>(), class_object<B>{}));
    using on_subclass =
        decltype(descr_get<N, L>(std::declval<instance<any_subclass<B>>&>(), class_object<any_subclass<B>>{}));
    return !std::is_same_v<on_b, on_subclass>;
  } else {
    return false;
  }
}

template <class B, class List>
struct interface_filter;
template <class B, class... Names>
struct interface_filter<B, type_list<Names...>> {
  template <class N>
  static constexpr bool kept() {
    if constexpr (outside_interface(N::name))
      return false;
    else
      return !per_class_value<B, N>();
  }
  using type = concat<std::conditional_t<kept<Names>(), type_list<Names>, type_list<>>...>;
};

// The names reachable through a handle of B: what B's MRO declares, less the
// creation protocol, the attribute hooks and the per-class descriptors.
template <class B>
struct interface_of {
  using names = typename interface_filter<B, namespace_names<B>>::type;
};

// ---- getattr(o, name) on an instance of C, as one C++ type ------------------------------

// Whether PyObject_GenericGetAttr on C refuses the name at compile time (the
// conditions under which generic_getattr raises, asked without raising).
template <class C, class N>
constexpr bool generic_get_refused() {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>()) {
    if constexpr (L::kind == attribute_kind::property)
      return !std::remove_cvref_t<decltype(storage_of<L, N>::value)>::has_getter;
    else
      return false;
  } else if constexpr (has_slot<C, N>()) {
    if constexpr (L::found) {
      using T = typename std::remove_reference_t<decltype(slot_of<N>(std::declval<instance<C>&>().dict))>::value_type;
      using from_class = decltype(class_level_get<C, N, L>(std::declval<instance<C>&>()));
      using result = std::conditional_t<std::is_same_v<from_class, T&>, T&, T>;
      return !std::is_convertible_v<from_class, result>;
    } else {
      return false;
    }
  } else {
    return !L::found;
  }
}

// Whether getattr(instance<C>, N) is refused at compile time (slot_tp_getattr_hook's
// steps, as instance_getattr takes them).
template <class C, class N>
constexpr bool get_refused() {
  constexpr bool custom_getattribute = user_hook<C, special::getattribute>();
  if constexpr (!user_hook<C, special::getattr>() || (!custom_getattribute && certainly_found<type_lookup<C, N>>())) {
    if constexpr (custom_getattribute)
      return false;
    else
      return generic_get_refused<C, N>();
  } else if constexpr (!custom_getattribute && !may_find<C, N>) {
    return false;
  } else if constexpr (!custom_getattribute && generic_get_refused<C, N>()) {
    return true;
  } else {
    using primary = std::decay_t<decltype(getattribute_step<C, N>(std::declval<instance<C>&>()))>;
    using fallback = std::decay_t<decltype(getattr_step<C, N>(std::declval<instance<C>&>()))>;
    return !requires { typename std::common_type<primary, fallback>::type; };
  }
}

enum class get_mode : unsigned char {
  refused,         // getattr is a compile error on this class
  value,           // a value or a reference: one C++ type
  method,          // something to call (a method, classmethod, staticmethod) with a known signature
  generic_method,  // something to call whose parameters are generic: no one C++ type
};

template <class T>
struct bound_parts {
  static constexpr bool bound = false;
};
template <class F, class Self, class Owner, class Name>
struct bound_parts<bound_method<F, Self, Owner, Name>> {
  static constexpr bool bound = true;
  using function = F;
  using self = std::remove_cvref_t<Self>;
  using bound_self = Self;  // as the bound method passes it: instance<C>& or class_object<C>
};

// What getattr(instance<C>&, N) gives: `got`, and, for something to call, its
// signature (`type`, R(Args...), the bound self left out). `callee` and `self`
// say how it is called (invocable<callee, self..., Args...>).
template <class C, class N, class Got, class L = type_lookup<C, N>>
struct get_shape {
  static constexpr get_mode mode = get_mode::value;
  using got = Got;
  using type = Got;
};
template <class C, class N, class Got, class L>
  requires bound_parts<Got>::bound
struct get_shape<C, N, Got, L> {
  using got = Got;
  using callee = typename bound_parts<Got>::function;
  using self = typename bound_parts<Got>::self;
  using bound_self = typename bound_parts<Got>::bound_self;
  using signature = callable_signature<callee, self>;
  static constexpr get_mode mode = signature::known ? get_mode::method : get_mode::generic_method;
};
template <class C, class N, class Got, class L>
  requires(!bound_parts<Got>::bound && L::found && L::kind == attribute_kind::staticmethod &&
           std::is_same_v<std::remove_cvref_t<Got>, std::remove_cvref_t<decltype(std::declval<typename L::value_type>().function)>>)
struct get_shape<C, N, Got, L> {
  using got = Got;
  using callee = std::remove_cvref_t<Got>;
  using self = void;
  using bound_self = void;
  using signature = callable_signature<callee, void>;
  static constexpr get_mode mode = signature::known ? get_mode::method : get_mode::generic_method;
};

struct refused_access {
  static constexpr get_mode mode = get_mode::refused;
};
template <class C, class N, bool = get_refused<C, N>()>
struct get_access_of {
  using type = refused_access;
};
template <class C, class N>
struct get_access_of<C, N, false> {
  using type = get_shape<C, N, decltype(klass::getattr(std::declval<instance<C>&>(), N{}))>;
};
// An alias, not a class deriving from get_shape (whose arguments may name a lambda).
template <class C, class N>
using get_access = typename get_access_of<C, N>::type;

// What getattr(super(X, o), N) gives on an instance o of C (super_getattro: the
// first class after X in C's MRO defining N, bound to o), as one C++ type.
template <class C, class X, class N, class L = found_after<C, X, N>>
constexpr bool super_get_refused() {
  if constexpr (!L::found)
    return true;
  else if constexpr (bodiless<typename L::value_type>)
    return true;  // nothing to call after X
  else if constexpr (L::kind == attribute_kind::property)
    return !std::remove_cvref_t<decltype(class_storage<typename L::owner, N>::value)>::has_getter;
  else
    return false;
}
template <class C, class X, class N, bool = super_get_refused<C, X, N>()>
struct super_access_of {
  using type = refused_access;
};
template <class C, class X, class N>
struct super_access_of<C, X, N, false> {
  using type = get_shape<C, N, decltype(klass::getattr(klass::super<X>(std::declval<instance<C>&>()), N{})),
                         found_after<C, X, N>>;
};
template <class C, class X, class N>
using super_access = typename super_access_of<C, X, N>::type;

// The (class, name) pairs super(X, o) reaches through a handle of B: X in B's MRO
// (object has nothing after it), N a name of B's interface found after X.
template <class X, class N>
struct super_key {
  using klass_class = X;
  using name = N;
};
template <class B, class X, class N>
constexpr bool super_reachable() {
  if constexpr (std::is_same_v<X, object>)
    return false;
  else
    return super_access<B, X, N>::mode == get_mode::value || super_access<B, X, N>::mode == get_mode::method;
}
template <class B, class Mro = typename mro_info<B>::list, class Names = typename interface_of<B>::names>
struct super_keys_of;
template <class B, class... Xs, class... Names>
struct super_keys_of<B, type_list<Xs...>, type_list<Names...>> {
  template <class X>
  using for_class =
      concat<std::conditional_t<super_reachable<B, X, Names>(), type_list<super_key<X, Names>>, type_list<>>...>;
  using type = concat<for_class<Xs>...>;
};

// The signature of a method-like answer, when there is one.
template <class Access, get_mode = Access::mode>
struct method_type {
  using type = void;
};
template <class Access>
struct method_type<Access, get_mode::method> {
  using type = typename Access::signature::type;
};

// ---- setattr(o, name, v) and delattr(o, name) on an instance of C ---------------------

enum class set_mode : unsigned char {
  refused,  // a compile error on this class
  typed,    // takes one C++ type
  generic,  // takes a value whose type klass cannot name (a generic setter, or a __setattr__ hook)
};

// The member `set` of a data descriptor, read like a method's signature.
template <class V, class Self>
constexpr auto read_set_signature() {
  if constexpr (requires { &V::set; })
    return dropped<member_function_type<decltype(&V::set)>, 1>();
  else if constexpr (requires { &V::template set<Self>; })
    return dropped<member_function_type<decltype(&V::template set<Self>)>, 1>();
  else
    return std::type_identity<void>{};
}
template <class V, class Self>
using set_member_signature = signature_result<typename decltype(read_set_signature<V, Self>())::type>;

// The type a one-argument setter takes (void: none, or not one argument).
template <class Signature>
struct setter_parameter {
  using type = void;
};
template <class R, class P>
struct setter_parameter<R(P)> {
  using type = std::remove_cvref_t<P>;
};
template <class Found, bool = Found::known>
struct known_setter_parameter {
  using type = void;
};
template <class Found>
struct known_setter_parameter<Found, true> : setter_parameter<typename Found::type> {};

// What PyObject_GenericSetAttr on C takes for N (generic_setattr's conditions):
// the type of the slot, of the property's setter, or of the descriptor's set.
template <class C, class N, class L = type_lookup<C, N>>
struct generic_set_target {
  static constexpr set_mode mode = set_mode::refused;
  using type = void;
};
template <class C, class N, class L>
  requires(is_data_kind<L>() && L::kind == attribute_kind::property)
struct generic_set_target<C, N, L> {
  using stored = std::remove_cvref_t<decltype(storage_of<L, N>::value)>;
  using type = typename known_setter_parameter<callable_signature<decltype(stored::fset), instance<C>>>::type;
  static constexpr set_mode mode =
      !stored::has_setter ? set_mode::refused : (std::is_void_v<type> ? set_mode::generic : set_mode::typed);
};
template <class C, class N, class L>
  requires(is_data_kind<L>() && L::kind == attribute_kind::data_descriptor)
struct generic_set_target<C, N, L> {
  using type = typename known_setter_parameter<set_member_signature<typename L::value_type, instance<C>>>::type;
  static constexpr set_mode mode = !has_descriptor_set<typename L::value_type>
                                       ? set_mode::refused
                                       : (std::is_void_v<type> ? set_mode::generic : set_mode::typed);
};
template <class C, class N, class L>
  requires((!is_data_kind<L>() || L::kind == attribute_kind::member) && has_slot<C, N>())
struct generic_set_target<C, N, L> {
  using type = typename std::remove_reference_t<decltype(slot_of<N>(std::declval<instance<C>&>().dict))>::value_type;
  static constexpr set_mode mode = set_mode::typed;
};

// setattr on C: a __setattr__ hook of the class takes what the generic protocol
// takes (it usually hands on to object.__setattr__), or anything.
template <class C, class N>
struct set_access : generic_set_target<C, N> {};
template <class C, class N>
  requires(user_hook<C, special::setattr>() && generic_set_target<C, N>::mode == set_mode::refused)
struct set_access<C, N> {
  static constexpr set_mode mode = set_mode::generic;
  using type = void;
};

// Whether delattr(instance<C>, N) is accepted at compile time (generic_delattr's
// conditions, or a __delattr__ hook).
template <class C, class N>
constexpr bool deletable() {
  using L = type_lookup<C, N>;
  if constexpr (user_hook<C, special::delattr>()) {
    return true;
  } else if constexpr (is_data_kind<L>() && L::kind != attribute_kind::member) {
    if constexpr (L::kind == attribute_kind::property)
      return std::remove_cvref_t<decltype(storage_of<L, N>::value)>::has_deleter;
    else
      return has_descriptor_del<typename L::value_type>;
  } else {
    return has_slot<C, N>();
  }
}

// ---- one C++ type through a base ------------------------------------------------------

// Whether a value of type From can be given as To through a base: the same
// object (a reference: exactly the same type), or a value converted implicitly
// and without narrowing (ref<Circle> as handle<Shape>, int as long), or dropped
// (To is void).
template <class From, class To>
constexpr bool gives_as() {
  if constexpr (std::is_void_v<To>)
    return true;
  else if constexpr (std::is_reference_v<To>)
    return std::is_same_v<From, To>;
  else if constexpr (std::is_same_v<std::remove_cvref_t<From>, To>)
    return true;
  else if constexpr (std::is_convertible_v<From, To>)
    return requires(From&& from) { To{static_cast<From&&>(from)}; };
  else
    return false;
}

template <class Signature>
struct signature_parts;
template <class R, class... Args>
struct signature_parts<R(Args...)> {
  using result = R;
  using parameters = void(Args...);
};

// Whether a method-like answer of C (its Access) can be called as R(Args...).
template <class Access, class Signature>
struct callable_as;
template <class Access, class R, class... Args>
struct callable_as<Access, R(Args...)> {
  static constexpr bool check() {
    if constexpr (Access::mode == get_mode::method) {
      // The same parameters, and a result that can be given as R.
      using own = typename Access::signature::type;
      return std::is_same_v<typename signature_parts<own>::parameters, void(Args...)> &&
             gives_as<typename signature_parts<own>::result, R>();
    } else if constexpr (Access::mode == get_mode::generic_method) {
      using callee = const typename Access::callee&;
      if constexpr (std::is_void_v<typename Access::self>) {
        if constexpr (std::is_invocable_v<callee, Args...>)
          return gives_as<std::invoke_result_t<callee, Args...>, R>();
        else
          return false;
      } else {
        using self = typename Access::bound_self;
        if constexpr (std::is_invocable_v<callee, self, Args...>)
          return gives_as<std::invoke_result_t<callee, self, Args...>, R>();
        else
          return false;
      }
    } else if constexpr (Access::mode == get_mode::value) {
      // A value that can be called (a field holding a std::function, ...).
      if constexpr (std::is_invocable_v<typename Access::got, Args...>)
        return gives_as<std::invoke_result_t<typename Access::got, Args...>, R>();
      else
        return false;
    } else {
      return false;
    }
  }
};

}  // namespace klass::detail

#endif
