// klass/polymorphism/signature.hpp — a method's C++ signature: klass::signature<R(Args...)>(f), and reading it off a callable.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_SIGNATURE_HPP
#define KLASS_POLYMORPHISM_SIGNATURE_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/abc.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>

namespace klass {

namespace error {
template <class Signature>
struct method_declared_by_its_signature_alone_has_no_body;
}  // namespace error

namespace detail {
// What a call reported as refused still returns, so the expression around it is
// valid and adds no error (its return type is the signature's, not a refusal).
template <class R>
constexpr R after_report() {
  if constexpr (std::is_void_v<R>)
    return;
  else if constexpr (std::is_reference_v<R>)
    return *static_cast<std::remove_reference_t<R>*>(nullptr);
  else
    return R{};
}

template <class Self>
inline constexpr bool self_of_abstract_class = false;
template <class C>
inline constexpr bool self_of_abstract_class<instance<C>&> = klass::is_abstract<C>;

template <class Signature>
struct signature_errors {
  struct no_body {
    KLASS_DETAIL_ERROR(no_body, TypeError, "a method declared by klass::signature<R(Args...)>() alone has no body to call",
                       (join<"a method declared by klass::signature<R(Args...)>() alone has no body to call">),
                       error::method_declared_by_its_signature_alone_has_no_body<Signature>);
  };
};
}  // namespace detail

template <class Signature, class Function = none_t>
struct signature_t;

// A function with its signature stated: called as f(self, args...) for a method
// or a classmethod, f(args...) under klass::staticmethod, it takes exactly Args
// (after self) and gives R. Through a base-typed handle a name has one C++ type;
// a method whose parameters are generic (`auto`) has none until it is stated
// this way. Without a function (klass::signature<R(Args...)>()), it declares a
// method to be implemented by subclasses: klass::abstractmethod(klass::signature<double()>()).
template <class R, class... Args, class Function>
struct signature_t<R(Args...), Function> {
  using klass_signature = R(Args...);
  [[no_unique_address]] Function function{};

  // A method or a classmethod: the bound self (or class) first.
  template <class Self>
  constexpr R operator()(Self&& self, Args... args) const {
    if constexpr (std::is_same_v<Function, none_t>) {
      if constexpr (detail::self_of_abstract_class<Self>) {
        // An instance of an abstract class never exists: this is only compiled
        // (for the class's other methods, whose types need it), never run.
        detail::raise_error<type_error>("klass: an abstract method declared by its signature alone was called");
      } else {
        KLASS_DETAIL_REPORT(typename detail::signature_errors<R(Args...)>::no_body);
        return detail::after_report<R>();
      }
    } else {
      return static_cast<R>(function(std::forward<Self>(self), std::forward<Args>(args)...));
    }
  }
  // A staticmethod: the arguments alone (never chosen when a self comes first,
  // unless the function itself takes one argument fewer).
  constexpr R operator()(Args... args) const
    requires(!std::is_same_v<Function, none_t> && std::is_invocable_v<const Function&, Args...>)
  {
    return static_cast<R>(function(std::forward<Args>(args)...));
  }
};

template <class Signature, class Function>
constexpr signature_t<Signature, Function> signature(Function function) {
  return {function};
}
template <class Signature>
constexpr signature_t<Signature> signature() {
  return {};
}

namespace detail {

// A method declared by its signature alone (klass::signature<R(Args...)>(),
// abstract or not): it has nothing to call.
template <class V>
inline constexpr bool bodiless = false;
template <class Signature>
inline constexpr bool bodiless<signature_t<Signature, none_t>> = true;
template <class V>
inline constexpr bool bodiless<abstract_t<V>> = bodiless<V>;

// ---- reading a signature off a callable -----------------------------------------

// R(Args...) from a pointer to a member function (a closure's operator()), with
// the first `Skip` parameters (the self or cls a method is bound to) left out.
template <class Signature, std::size_t Skip>
struct drop_parameters {
  static constexpr bool ok = false;  // a "method" taking nothing cannot be bound
};
template <class R, class... Args>
struct drop_parameters<R(Args...), 0> {
  static constexpr bool ok = true;
  using type = R(Args...);
};
template <class R, class First, class... Args>
struct drop_parameters<R(First, Args...), 1> {
  static constexpr bool ok = true;
  using type = R(Args...);
};

template <class Pointer>
struct member_function_type {
  static constexpr bool known = false;
};
#define KLASS_DETAIL_MEMBER_FUNCTION(qualifiers)               \
  template <class R, class Class, class... Args>               \
  struct member_function_type<R (Class::*)(Args...) qualifiers> { \
    static constexpr bool known = true;                        \
    using type = R(Args...);                                   \
  };
KLASS_DETAIL_MEMBER_FUNCTION()
KLASS_DETAIL_MEMBER_FUNCTION(const)
KLASS_DETAIL_MEMBER_FUNCTION(noexcept)
KLASS_DETAIL_MEMBER_FUNCTION(const noexcept)
KLASS_DETAIL_MEMBER_FUNCTION(&)
KLASS_DETAIL_MEMBER_FUNCTION(const&)
#undef KLASS_DETAIL_MEMBER_FUNCTION

template <class F>
concept states_signature = requires { typename F::klass_signature; };
template <class F>
concept plain_call_operator = requires { &F::operator(); };
template <class F, class Self>
concept self_templated_call_operator = requires { &F::template operator()<Self>; };

template <class F>
struct function_pointer_type {
  static constexpr bool known = false;
};
template <class R, class... Args>
struct function_pointer_type<R (*)(Args...)> {
  static constexpr bool known = true;
  using type = R(Args...);
};
template <class R, class... Args>
struct function_pointer_type<R (*)(Args...) noexcept> {
  static constexpr bool known = true;
  using type = R(Args...);
};

// What is read: R(Args...) (the bound self left out), or void when nothing is.
// (A plain struct of the signature, never of the callable's type: a class of a
// header deriving from one that names a lambda is refused by -Wsubobject-linkage.)
template <class Signature>
struct signature_result {
  static constexpr bool known = true;
  using type = Signature;
};
template <>
struct signature_result<void> {
  static constexpr bool known = false;
};

// Found: a member_function_type or function_pointer_type.
template <class Found, std::size_t Skip>
constexpr auto dropped() {
  if constexpr (!Found::known)
    return std::type_identity<void>{};
  else if constexpr (!drop_parameters<typename Found::type, Skip>::ok)
    return std::type_identity<void>{};
  else
    return std::type_identity<typename drop_parameters<typename Found::type, Skip>::type>{};
}

// The signature of F called with a bound first argument of type Self (a method:
// Self is instance<C>; a classmethod: class_object<C>), or of F called alone
// (Self = void: a staticmethod). `known` is false when the parameters after self
// are generic: such a method has no one C++ type until klass::signature states it.
// A self-templated operator() is instantiated for Self to read its result type.
template <class F, class Self>
constexpr auto read_signature() {
  constexpr std::size_t skip = std::is_void_v<Self> ? 0 : 1;
  if constexpr (states_signature<F>)
    return std::type_identity<typename F::klass_signature>{};
  else if constexpr (std::is_pointer_v<F>)
    return dropped<function_pointer_type<F>, skip>();
  else if constexpr (!std::is_class_v<F>)
    return std::type_identity<void>{};
  else if constexpr (plain_call_operator<F>)
    return dropped<member_function_type<decltype(&F::operator())>, skip>();
  else if constexpr (std::is_void_v<Self>)
    return std::type_identity<void>{};
  else if constexpr (self_templated_call_operator<F, Self>)
    return dropped<member_function_type<decltype(&F::template operator()<Self>)>, 1>();
  else
    return std::type_identity<void>{};
}
template <class F, class Self>
using callable_signature = signature_result<typename decltype(read_signature<F, Self>())::type>;

}  // namespace detail
}  // namespace klass

#endif
