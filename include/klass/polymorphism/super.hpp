// klass/polymorphism/super.hpp — super(X, o) for an object held by a base-typed handle: lookup continues after X in the object's own MRO.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_SUPER_HPP
#define KLASS_POLYMORPHISM_SUPER_HPP

#include <type_traits>

#include <klass/attribute_errors.hpp>
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
super_handle<X, B> super(const handle<B>& self) {
  if constexpr (!detail::is_subclass<B, X>)
    static_cast<void>(&detail::super_check_errors<X, B>::not_an_instance_or_subtype);
  return super_handle<X, B>(self);
}

// getattr(super(X, o), "x"_a): super_getattro on o's own class.
template <class X, class B, char... Cs>
decltype(auto) getattr(const super_handle<X, B>& proxy, attr<Cs...>) {
  using N = attr<Cs...>;
  using key = detail::super_key<X, N>;
  if constexpr (std::is_base_of_v<detail::super_entry<B, key>, detail::table<B>>) {
    using access = detail::super_access<B, X, N>;
    const detail::super_entry<B, key>& entry = detail::handle_access::table_of(proxy.object());
    if constexpr (access::mode == detail::get_mode::value)
      return entry.get(detail::handle_access::object(proxy.object()));
    else
      return method<typename access::signature::type>(detail::handle_access::object(proxy.object()), entry.get);
  } else if constexpr (!detail::found_after<B, X, N>::found) {
    static_cast<void>(&detail::super_errors<N>::no_attribute);
    return detail::refused{};
  } else if constexpr (detail::bodiless<typename detail::found_after<B, X, N>::value_type>) {
    static_cast<void>(&detail::signature_errors<typename detail::found_after<B, X, N>::value_type::klass_signature>::no_body);
    return detail::refused{};
  } else if constexpr (detail::outside_interface(N::name)) {
    static_cast<void>(&detail::handle_errors<B, N>::not_reachable);
    return detail::refused{};
  } else if constexpr (detail::super_access<B, X, N>::mode == detail::get_mode::generic_method) {
    static_cast<void>(&detail::handle_errors<B, N>::generic_method);
    return detail::refused{};
  } else {
    // B's own refusal, in its words (a property without a getter).
    return klass::getattr(klass::super<X>(*static_cast<instance<B>*>(nullptr)), N{});
  }
}

// Assigning or deleting through super is refused, as in Python.
template <class X, class B, char... Cs, class Value>
void setattr(const super_handle<X, B>&, attr<Cs...>, Value&&) {
  static_cast<void>(&detail::super_errors<attr<Cs...>>::no_attribute_for_setting);
}
template <class X, class B, char... Cs>
void delattr(const super_handle<X, B>&, attr<Cs...>) {
  static_cast<void>(&detail::super_errors<attr<Cs...>>::no_attribute);
}

}  // namespace klass

#endif
