// klass/isinstance.hpp — isinstance and issubclass: type(B).__instancecheck__ / __subclasscheck__ (the MRO, unless B's metaclass decides).
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ISINSTANCE_HPP
#define KLASS_ISINSTANCE_HPP

#include <type_traits>

#include <klass/class.hpp>
#include <klass/class_object.hpp>
#include <klass/instance.hpp>
#include <klass/metaclass.hpp>
#include <klass/mro.hpp>
#include <klass/ref.hpp>

namespace klass {

namespace detail {
// type(B).__subclasscheck__(B, D), a customization point on the metaclass (in the
// style of Hana's xxx_impl<Tag>, the metaclass being the tag): type's is
// PyType_IsSubtype, D's MRO contains B. A metaclass with its own check
// specializes it beside its definition (ABCMeta: <klass/abc.hpp>), so the check
// is seen wherever a class with that metaclass can be written.
template <class Metaclass>
struct subclasscheck_impl {
  template <class D, class B>
  static constexpr bool apply = is_subclass<D, B>;
};
}  // namespace detail

// issubclass(D, B): B appears in D's MRO, unless B's metaclass decides otherwise
// (an ABC: a registered virtual subclass, or its __subclasshook__).
template <class_type D, class_type B>
inline constexpr bool issubclass =
    detail::subclasscheck_impl<typename detail::metaclass_info<B>::type>::template apply<D, B>;
// A class CPython would not create: its TypeError, and no value to use.
template <class_type D, class_type B>
  requires(!detail::mro_exists<D>)
inline constexpr auto issubclass<D, B> = detail::refused_t<detail::mro_refusal<D>>{};

// isinstance(o, B): type(o) is a subclass of B, ABC registrations and hooks included.
// PyObject_IsInstance answers true for type(o) is B before asking B (so a
// __subclasshook__ saying False cannot deny an instance of B itself).
template <class C, class B>
constexpr bool isinstance(const ref<C>&, class_object<B>) {
  return std::is_same_v<C, B> || issubclass<C, B>;
}
template <class C, class B>
constexpr bool isinstance(const instance<C>&, class_object<B>) {
  return std::is_same_v<C, B> || issubclass<C, B>;
}
// A class is an instance of its metaclass (and of that metaclass's bases).
template <class C, class B>
constexpr bool isinstance(class_object<C>, class_object<B>) {
  return std::is_same_v<detail::metaclass_of<C>, B> || issubclass<detail::metaclass_of<C>, B>;
}
// Any other C++ value is an object, and an instance of no klass class.
template <class T, class B>
constexpr bool isinstance(const T&, class_object<B>) {
  return std::is_same_v<B, object>;
}

}  // namespace klass

#endif
