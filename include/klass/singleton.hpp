// klass/singleton.hpp — klass::singleton, a metaclass whose classes have one instance.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_SINGLETON_HPP
#define KLASS_SINGLETON_HPP

#include <optional>
#include <string_view>
#include <utility>

#include <klass/class_object.hpp>
#include <klass/create.hpp>
#include <klass/dict.hpp>
#include <klass/metaclass.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace detail {

// klass::singleton's __call__: the first call creates the instance through
// type.__call__ (so __init__ runs once); later calls return it. Each class,
// subclasses included, has its own.
template <class C, class Result>
inline std::optional<Result> singleton_instance;

struct singleton_call_function {
  template <class C, class... Args>
  auto operator()(class_object<C> cls, Args&&... args) const {
    using result = decltype(detail::type_call(cls, std::forward<Args>(args)...));
    auto& stored = singleton_instance<C, result>;
    if (!stored) stored = detail::type_call(cls, std::forward<Args>(args)...);
    return *stored;
  }
};

}  // namespace detail

// A metaclass whose instances are singletons: klass::cls<C>() always gives the
// same object (`using metaclass = klass::singleton;`).
struct singleton {
  using bases = klass::bases<type>;
  static constexpr std::string_view class_name = "singleton";
  static constexpr auto dict = klass::dict(detail::special::call{} = detail::singleton_call_function{});
};

}  // namespace klass

#endif
