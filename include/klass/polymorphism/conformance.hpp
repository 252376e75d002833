// klass/polymorphism/conformance.hpp — whether a handle of B can hold a D: every name B declares keeps its one C++ type on D.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_CONFORMANCE_HPP
#define KLASS_POLYMORPHISM_CONFORMANCE_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <klass/abc.hpp>
#include <klass/class.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/mro.hpp>
#include <klass/polymorphism/interface.hpp>

namespace klass {

namespace error {
// Named after the errors, so that clang shows the classes, the name and the types.
template <class Class, class Base, class Name> struct object_has_no_attribute_a_handle_of_the_base_reaches;
template <class Class, class Base, class Name, class TypeThroughBase, class TypeOnClass>
struct attribute_has_another_type_on_the_class;
template <class Class, class Base, class Name> struct attribute_can_be_set_through_the_base_but_not_on_the_class;
template <class Class, class Base, class Name, class TypeThroughBase, class TypeOnClass>
struct attribute_is_set_as_another_type_on_the_class;
template <class Class, class Base, class Name> struct attribute_can_be_deleted_through_the_base_but_not_on_the_class;
template <class Class, class Base, class After, class Name, class TypeThroughBase, class TypeOnClass>
struct attribute_after_the_class_has_another_type_on_the_class;
}  // namespace error

namespace detail {

// How a class D breaks what a name of its base B promises (the first problem only).
enum class breach : unsigned char {
  none,
  missing,      // D does not have the name at all (a registered virtual subclass)
  get_type,     // getattr gives another C++ type (or something else: a method for a property, ...)
  set_refused,  // settable through B, not on D
  set_type,     // set as another C++ type
  del_refused,  // deletable through B, not on D
};

// What getattr gives through a class, for a message: the value's type, or a
// method's signature.
template <class Access, get_mode = Access::mode>
struct shown_get_type {
  using type = typename Access::got;
};
template <class Access>
struct shown_get_type<Access, get_mode::method> {
  using type = typename Access::signature::type;
};
template <class Access>
struct shown_get_type<Access, get_mode::refused> {
  using type = void;
};

template <class D, class N>
constexpr bool has_name_at_all() {
  return type_lookup<D, N>::found || has_slot<D, N>() || user_hook<D, special::getattr>() ||
         user_hook<D, special::getattribute>();
}

// The one check per (D, B, name): B's answer is the type; D's must be given as it.
template <class D, class B, class N>
constexpr breach breach_of() {
  using through = get_access<B, N>;
  using own = get_access<D, N>;
  if constexpr (through::mode == get_mode::value || through::mode == get_mode::method) {
    if constexpr (own::mode == get_mode::refused) {
      return has_name_at_all<D, N>() ? breach::get_type : breach::missing;
    } else if constexpr (through::mode == get_mode::value) {
      if constexpr (own::mode != get_mode::value || !gives_as<typename own::got, typename through::got>())
        return breach::get_type;
    } else if constexpr (!callable_as<own, typename through::signature::type>::check()) {
      return breach::get_type;
    }
  } else if constexpr (through::mode == get_mode::generic_method) {
    if constexpr (!has_name_at_all<D, N>()) return breach::missing;
  }
  if constexpr (set_access<B, N>::mode != set_mode::refused) {
    using own_set = set_access<D, N>;
    if constexpr (own_set::mode == set_mode::refused)
      return has_name_at_all<D, N>() ? breach::set_refused : breach::missing;
    else if constexpr (set_access<B, N>::mode == set_mode::typed && own_set::mode == set_mode::typed &&
                       !gives_as<typename set_access<B, N>::type, typename own_set::type>())
      return breach::set_type;
  }
  if constexpr (deletable<B, N>() && !deletable<D, N>()) return breach::del_refused;
  return breach::none;
}

constexpr std::size_t first_breach(const breach* each, std::size_t count) {
  for (std::size_t i = 0; i != count; ++i)
    if (each[i] != breach::none) return i;
  return count;
}

template <class D, class B, class Names = typename interface_of<B>::names>
struct conformance;
template <class D, class B, class... Names>
struct conformance<D, B, type_list<Names...>> {
  static constexpr breach each[] = {breach_of<D, B, Names>()..., breach::none};
  static constexpr std::size_t first = first_breach(each, sizeof...(Names));
  static constexpr bool ok = first == sizeof...(Names);
  static constexpr breach problem = each[first];
  using name = at<first, type_list<Names..., void>>;
};

// A handle of B may hold an instance of D: B is in D's MRO, or D is a virtual
// subclass of B (an ABC's registration or __subclasshook__ says so, as
// isinstance does). Whether it can is klass::can_hold.
// super(X, o).N on D against what it is through B: the same rule.
template <class D, class B, class Key>
constexpr bool super_conforms() {
  using X = typename Key::klass_class;
  using N = typename Key::name;
  if constexpr (!is_subclass<D, X>) {
    return true;  // a virtual subclass: super(X, o) raises TypeError at run time, as in Python
  } else {
    using through = super_access<B, X, N>;
    using own = super_access<D, X, N>;
    if constexpr (own::mode == get_mode::refused)
      return false;
    else if constexpr (through::mode == get_mode::value)
      return own::mode == get_mode::value && gives_as<typename own::got, typename through::got>();
    else
      return callable_as<own, typename through::signature::type>::check();
  }
}

template <class D, class B, class Keys = typename super_keys_of<B>::type>
struct super_conformance;
template <class D, class B, class... Keys>
struct super_conformance<D, B, type_list<Keys...>> {
  static constexpr breach each[] = {(super_conforms<D, B, Keys>() ? breach::none : breach::get_type)...,
                                    breach::none};
  static constexpr std::size_t first = first_breach(each, sizeof...(Keys));
  static constexpr bool ok = first == sizeof...(Keys);
  using key = at<first, type_list<Keys..., void>>;
};

template <class D, class B>
inline constexpr bool conforms = conformance<D, B>::ok && super_conformance<D, B>::ok;

template <class D, class B>
inline constexpr bool handle_may_hold = is_subclass<D, B> || klass::issubclass<D, B>;

template <class T>
inline constexpr auto fixed_type_name = to_fixed<qualified_type_name<T>().size()>(qualified_type_name<T>());

template <class D, class B, class N = typename conformance<D, B>::name>
struct conformance_errors {
  static constexpr auto& d = fixed_name<D>;
  static constexpr auto& b = fixed_name<B>;
  template <class Access>
  using shown = typename shown_get_type<Access>::type;
  using type_through = shown<get_access<B, N>>;
  using type_on = shown<get_access<D, N>>;

  struct missing {
    KLASS_DETAIL_ERROR(missing, AttributeError,
                       "a handle of '<base>' cannot hold a '<class>' object: '<class>' object has no attribute '<name>'",
                       (join<"a handle of '", b, "' cannot hold a '", d, "' object: '", d,
                             "' object has no attribute '", N::fixed, "'">),
                       error::object_has_no_attribute_a_handle_of_the_base_reaches<D, B, N>);
  };
  struct get_type {
    KLASS_DETAIL_ERROR(get_type, TypeError,
                       "a handle of '<base>' cannot hold a '<class>' object: attribute '<name>' is one C++ type through "
                       "'<base>' and another on '<class>'",
                       (join<"a handle of '", b, "' cannot hold a '", d, "' object: attribute '", N::fixed, "' is '",
                             fixed_type_name<type_through>, "' through '", b, "' but '", fixed_type_name<type_on>,
                             "' on '", d, "'">),
                       error::attribute_has_another_type_on_the_class<D, B, N, type_through, type_on>);
  };
  struct set_refused {
    KLASS_DETAIL_ERROR(set_refused, AttributeError,
                       "a handle of '<base>' cannot hold a '<class>' object: attribute '<name>' can be set through "
                       "'<base>' but not on '<class>'",
                       (join<"a handle of '", b, "' cannot hold a '", d, "' object: attribute '", N::fixed,
                             "' can be set through '", b, "' but not on '", d, "'">),
                       error::attribute_can_be_set_through_the_base_but_not_on_the_class<D, B, N>);
  };
  struct set_type {
    using through = typename set_access<B, N>::type;
    using on = typename set_access<D, N>::type;
    KLASS_DETAIL_ERROR(set_type, TypeError,
                       "a handle of '<base>' cannot hold a '<class>' object: attribute '<name>' is set as one C++ type "
                       "through '<base>' and another on '<class>'",
                       (join<"a handle of '", b, "' cannot hold a '", d, "' object: attribute '", N::fixed,
                             "' is set as '", fixed_type_name<through>, "' through '", b, "' but as '",
                             fixed_type_name<on>, "' on '", d, "'">),
                       error::attribute_is_set_as_another_type_on_the_class<D, B, N, through, on>);
  };
  struct del_refused {
    KLASS_DETAIL_ERROR(del_refused, AttributeError,
                       "a handle of '<base>' cannot hold a '<class>' object: attribute '<name>' can be deleted through "
                       "'<base>' but not on '<class>'",
                       (join<"a handle of '", b, "' cannot hold a '", d, "' object: attribute '", N::fixed,
                             "' can be deleted through '", b, "' but not on '", d, "'">),
                       error::attribute_can_be_deleted_through_the_base_but_not_on_the_class<D, B, N>);
  };
};

template <class D, class B, class Key = typename super_conformance<D, B>::key>
struct super_conformance_errors {
  using X = typename Key::klass_class;
  using N = typename Key::name;
  using type_through = typename shown_get_type<super_access<B, X, N>>::type;
  using type_on = typename shown_get_type<super_access<D, X, N>>::type;
  struct get_type {
    KLASS_DETAIL_ERROR(get_type, TypeError,
                       "a handle of '<base>' cannot hold a '<class>' object: super(<after>, o).<name> is one C++ type "
                       "through '<base>' and another on '<class>'",
                       (join<"a handle of '", fixed_name<B>, "' cannot hold a '", fixed_name<D>, "' object: super(",
                             fixed_name<X>, ", o).", N::fixed, " is '", fixed_type_name<type_through>, "' through '",
                             fixed_name<B>, "' but '", fixed_type_name<type_on>, "' on '", fixed_name<D>, "'">),
                       error::attribute_after_the_class_has_another_type_on_the_class<D, B, X, N, type_through,
                                                                                       type_on>);
  };
};

// The user-facing check, where a conversion to a handle of B is compiled (the
// conversions exist only where handle_may_hold): true, or one error naming the
// class, the base, the attribute and both types.
template <class D, class B>
constexpr bool check_held() {
  using c = conformance<D, B>;
  if constexpr (c::problem == breach::missing)
    KLASS_DETAIL_REPORT(typename conformance_errors<D, B>::missing);
  else if constexpr (c::problem == breach::get_type)
    KLASS_DETAIL_REPORT(typename conformance_errors<D, B>::get_type);
  else if constexpr (c::problem == breach::set_refused)
    KLASS_DETAIL_REPORT(typename conformance_errors<D, B>::set_refused);
  else if constexpr (c::problem == breach::set_type)
    KLASS_DETAIL_REPORT(typename conformance_errors<D, B>::set_type);
  else if constexpr (c::problem == breach::del_refused)
    KLASS_DETAIL_REPORT(typename conformance_errors<D, B>::del_refused);
  else if constexpr (!super_conformance<D, B>::ok)
    KLASS_DETAIL_REPORT(typename super_conformance_errors<D, B>::get_type);
  return conforms<D, B>;
}

}  // namespace detail

// Whether a klass::handle<B> can hold an instance of D (asked without failing the
// build): D is B, a subclass of B or a virtual subclass of it, and every name B
// declares keeps on D the one C++ type it has through B.
template <class_type B, class_type D>
inline constexpr bool can_hold = [] {
  if constexpr (detail::handle_may_hold<D, B>)
    return detail::conforms<D, B>;
  else
    return false;
}();

}  // namespace klass

#endif
