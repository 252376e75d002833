// klass/class_object.hpp — the class object klass::cls<C>: what Python's name `C` denotes.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CLASS_OBJECT_HPP
#define KLASS_CLASS_OBJECT_HPP

#include <string_view>
#include <utility>

#include <klass/class.hpp>

namespace klass {

// The class object of C: what Python's name `C` denotes. Calling it creates an
// instance (type.__call__, in <klass/create.hpp>); klass::getattr/setattr read and
// assign its attributes.
template <class C>
struct class_object {
  using type = C;
  static constexpr std::string_view __name__ = klass::name<C>;

  // C(...): type(C).__call__(C, ...), in <klass/create.hpp>. The class statement
  // (klass::define<C>) runs first if it has not yet.
  template <class... Args>
  auto operator()(Args&&... args) const {
    define_class(detail::call_tag{}, *this);
    return metaclass_call(detail::call_tag{}, *this, std::forward<Args>(args)...);
  }
  friend constexpr bool operator==(class_object, class_object) { return true; }
};

template <class_type C>
inline constexpr class_object<C> cls{};

}  // namespace klass

#endif
