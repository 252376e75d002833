// klass/class_object.hpp — klass::class_object<C>, the value that stands for a class: what Python's name `C` denotes.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_OBJECT_HPP
#define KLASS_CLASS_OBJECT_HPP

#include <string_view>
#include <utility>

#include <klass/class.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/mro.hpp>

namespace klass {

namespace detail {
// Customization point, in the style of Hana's xxx_impl<Tag>: what calling an
// object of type Self (the tag) does. For a class object it is defined with the
// creation protocol in <klass/create.hpp>, which also defines klass::cls<C>.
template <class Self>
struct call_impl;
}  // namespace detail

namespace detail {
// The refusal of calling a class CPython would not create, computed only when
// such a call is made: the class object of a class still incomplete is named
// (klass::cls<Later> in a body above Later's), and must not ask for its MRO.
template <class C, class... Args>
struct class_call_refusal {
  using type = mro_refusal<C>;
};
}  // namespace detail

// The class object of C: what Python's name `C` denotes (klass::cls<C>, in
// <klass/create.hpp>, where calling it works). Calling it creates an instance
// (type.__call__); klass::getattr/setattr read and assign its attributes.
template <class C>
struct class_object {
  using type = C;
  static constexpr std::string_view __name__ = klass::name<C>;

  // C(...): type(C).__call__(C, ...), in <klass/create.hpp>. The class statement
  // (klass::define<C>) runs first if it has not yet. A class CPython would not
  // create cannot be called: its TypeError is the error.
  template <class... Args>
    requires detail::mro_exists<C>
  auto operator()(Args&&... args) const {
    return detail::call_impl<class_object>::apply(*this, std::forward<Args>(args)...);
  }
  template <class... Args>
    requires(!detail::mro_exists<C>)
  KLASS_DETAIL_REFUSED(typename detail::class_call_refusal<C, Args...>::type) operator()(Args&&...) const {
    KLASS_DETAIL_REFUSE(typename detail::class_call_refusal<C, Args...>::type);
  }
  friend constexpr bool operator==(class_object, class_object) { return true; }
};

namespace detail {
// The class object as a constant the lower layers can pass by reference (a
// descriptor's get(obj, owner) and set(obj, v), __set_name__(owner, name) and
// __subclasshook__ may take it as `auto&`); users name it klass::cls<C>.
template <class C>
inline constexpr class_object<C> class_object_v{};
}  // namespace detail

}  // namespace klass

#endif
