// klass/polymorphism/super.hpp — super(X, o) for an object held by a base-typed handle: lookup continues after X in the object's own MRO.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_SUPER_HPP
#define KLASS_POLYMORPHISM_SUPER_HPP

#include <type_traits>

#include <klass/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/table.hpp>
#include <klass/super.hpp>

namespace klass {

// super(X, o) for o held by a handle of B (X in B's MRO): attribute reads find
// the first class after X in the MRO of o's own class — which may be a class B
// does not know, as cooperative hierarchies have — through an entry of the
// table generated for o's class and B. Through B, a name has the type the class
// after X in B's own MRO gives it.
template <class X, class B>
class super_handle {
 public:
  explicit super_handle(const handle<B>& object) noexcept : object_(object) {}
  const handle<B>& object() const noexcept { return object_; }

 private:
  const handle<B>& object_;
};

template <class X, class B>
  requires detail::is_subclass<B, X>
super_handle<X, B> super(const handle<B>& self) {
  return super_handle<X, B>(self);
}
// super(X, o) with X not in B's MRO: super_check's TypeError, and no proxy to use.
namespace detail {
template <class X, class B>
using super_handle_refusal = refusal<typename super_check_errors<X, B>::not_an_instance_or_subtype>;
}  // namespace detail
template <class X, class B>
  requires(!detail::is_subclass<B, X>)
KLASS_DETAIL_REFUSED(detail::super_handle_refusal<X, B>) super(const handle<B>&) {
  KLASS_DETAIL_REFUSE(detail::super_handle_refusal<X, B>);
}

namespace detail {
// getattr(super(X, o), "x"_a): super_getattro on o's own class, through the
// table; or the refusal: nothing after X, a method with no body, a name outside
// the interface, a generic method, or B's own refusal (a property without a
// getter), in B's words.
template <class X, class B, class N>
decltype(auto) super_handle_getattr(const super_handle<X, B>& proxy) {
  using key = super_key<X, N>;
  if constexpr (std::is_base_of_v<super_entry<B, key>, table<B>>) {
    using access = super_access<B, X, N>;
    const super_entry<B, key>& entry = handle_access::table_of(proxy.object());
    if constexpr (access::mode == get_mode::value)
      return entry.get(handle_access::object(proxy.object()));
    else
      return klass::method<typename access::signature::type>(handle_access::object(proxy.object()), entry.get);
  } else if constexpr (!found_after<B, X, N>::found) {
    return refusal<typename super_errors<N>::no_attribute>{};
  } else if constexpr (bodiless<typename found_after<B, X, N>::value_type>) {
    return refusal<typename signature_errors<typename found_after<B, X, N>::value_type::klass_signature>::no_body>{};
  } else if constexpr (outside_interface(N::name)) {
    return refusal<typename handle_errors<B, N>::not_reachable>{};
  } else if constexpr (super_access<B, X, N>::mode == get_mode::generic_method) {
    return refusal<typename handle_errors<B, N>::generic_method>{};
  } else {
    using own = super_get_t<N, decltype(klass::super<X>(std::declval<instance<B>&>()))>;
    static_assert(refused<own>, "klass: super_get_refused and super_getattr disagree");
    return own{};
  }
}
template <class X, class B, class N>
using super_handle_get_t = decltype(super_handle_getattr<X, B, N>(std::declval<const super_handle<X, B>&>()));
}  // namespace detail

template <class X, class B, char... Cs>
  requires(!detail::refused<detail::super_handle_get_t<X, B, attr<Cs...>>>)
decltype(auto) getattr(const super_handle<X, B>& proxy, attr<Cs...>) {
  return detail::super_handle_getattr<X, B, attr<Cs...>>(proxy);
}
template <class X, class B, char... Cs>
  requires(detail::refused<detail::super_handle_get_t<X, B, attr<Cs...>>>)
KLASS_DETAIL_REFUSED(detail::super_handle_get_t<X, B, attr<Cs...>>) getattr(const super_handle<X, B>&, attr<Cs...>) {
  KLASS_DETAIL_REFUSE(detail::super_handle_get_t<X, B, attr<Cs...>>);
}

// Assigning or deleting through super is refused, as in Python.
template <class X, class B, char... Cs, class Value>
void setattr(const super_handle<X, B>&, attr<Cs...>, Value&&) {
  KLASS_DETAIL_REPORT(typename detail::super_errors<attr<Cs...>>::no_attribute_for_setting);
}
template <class X, class B, char... Cs>
void delattr(const super_handle<X, B>&, attr<Cs...>) {
  KLASS_DETAIL_REPORT(typename detail::super_errors<attr<Cs...>>::no_attribute);
}

}  // namespace klass

#endif
