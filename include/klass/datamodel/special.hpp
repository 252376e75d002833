// klass/datamodel/special.hpp — special methods looked up on the type, NotImplemented, and the operand vocabulary of the protocols.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_SPECIAL_HPP
#define KLASS_DATAMODEL_SPECIAL_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/abc.hpp>
#include <klass/class.hpp>
#include <klass/descriptors.hpp>
#include <klass/error_handler.hpp>
#include <klass/errors.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/ref.hpp>
#include <klass/type_lookup.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/names.hpp>

namespace klass {

// What a binary special method returns when it may or may not answer: a T, or
// klass::NotImplemented (Python's `return NotImplemented`). A method that always
// answers returns its T; one that never does returns klass::NotImplemented itself,
// and the operator knows that at compile time.
template <class T>
class or_not_implemented {
 public:
  constexpr or_not_implemented(not_implemented_t) {}
  template <class U>
    requires std::is_constructible_v<T, U&&> && (!std::is_same_v<std::remove_cvref_t<U>, not_implemented_t>) &&
             (!std::is_same_v<std::remove_cvref_t<U>, or_not_implemented>)
  constexpr or_not_implemented(U&& value) : value_(std::in_place, std::forward<U>(value)) {}

  constexpr bool is_not_implemented() const { return !value_.has_value(); }
  constexpr T& value() & { return *value_; }
  constexpr T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
};

namespace detail {

// ---- the operands ---------------------------------------------------------------

// The klass class of an operand (a ref<C>, an instance<C>), or void for any other
// C++ value.
template <class T>
struct object_class_of {
  using type = void;
};
template <class C>
struct object_class_of<ref<C>> {
  using type = C;
};
template <class C>
struct object_class_of<instance<C>> {
  using type = C;
};
template <class T>
using object_class = typename object_class_of<std::remove_cvref_t<T>>::type;
template <class T>
concept klass_object = !std::is_void_v<object_class<T>>;

}  // namespace detail

// An operand that is a klass object of class C or of a subclass (a klass::ref or
// an instance): what a special method's parameter says it takes, e.g.
//   "__add__"_a = [](auto& self, const klass::instance_of<Vector> auto& other) {...}
// A method whose parameter refuses an operand does not answer for it (as a
// Python method returning NotImplemented), and the body stays generic, so it is
// compiled when called (the class is complete by then).
template <class T, class C>
concept instance_of = detail::klass_object<T> && detail::is_subclass<detail::object_class<T>, C>;

namespace detail {

// The instance an operand refers to.
template <class C>
constexpr instance<C>& self_of(const ref<C>& r) {
  return *r;
}
template <class C>
constexpr instance<C>& self_of(instance<C>& o) {
  return o;
}
template <class C>
constexpr instance<C>& self_of(const instance<C>& o) {
  return const_cast<instance<C>&>(o);  // klass objects are handled as Python's: mutable through any name
}

// type(o).__name__ in messages, for klass objects and the C++ values that stand
// for Python's built-in types.
template <class T, class U = std::remove_cvref_t<T>>
constexpr std::string_view python_type_name() {
  if constexpr (klass_object<U>)
    return klass::name<object_class<U>>;
  else if constexpr (std::is_same_v<U, bool>)
    return "bool";
  else if constexpr (std::is_integral_v<U> && !std::is_same_v<U, char>)
    return "int";
  else if constexpr (std::is_floating_point_v<U>)
    return "float";
  else if constexpr (std::is_convertible_v<const U&, std::string_view>)
    return "str";
  else if constexpr (std::is_same_v<U, none_t>)
    return "NoneType";
  else if constexpr (std::is_same_v<U, not_implemented_t>)
    return "NotImplementedType";
  else
    return unqualified_type_name<U>;
}
template <class T>
inline constexpr auto python_type_fixed = to_fixed<python_type_name<T>().size()>(python_type_name<T>());

// The C++ values that stand for Python's built-in values: numbers, strings, None.
// An operator between a klass object and one of them is always Python's (its
// refusal a TypeError in Python's words); with any other C++ class type it is
// only when a special method takes that type, so other libraries' operators
// (a stream's <<, a test framework's expression templates) keep working.
template <class T, class U = std::remove_cvref_t<T>>
concept python_value = std::is_arithmetic_v<U> || std::is_convertible_v<const U&, std::string_view> ||
                       std::is_same_v<U, none_t>;

// ---- the lookup ---------------------------------------------------------------

// Whether class C has the special method N: _PyType_Lookup(C, N), on the type and
// never on the instance (Python's rule for every implicit invocation; an
// instance-dict entry of that name is ignored).
template <class C, class N>
inline constexpr bool has_special = !std::is_void_v<C> && type_lookup<C, N>::found;

// The one place a special method is looked up and bound: type(self).__xxx__
// bound to self (a function binds self, a descriptor's get runs, a plain value is
// itself — `__hash__ = None` included).
template <class N, class C>
constexpr decltype(auto) special_method(instance<C>& self) {
  return class_level_get<C, N, type_lookup<C, N>>(self);
}

// Whether two classes get the same object for N (CPython's method_is_overloaded
// compares what lookup finds: the same class dict entry).
template <class A, class B, class N>
constexpr bool same_special() {
  if constexpr (has_special<A, N> != has_special<B, N>)
    return false;
  else if constexpr (!has_special<A, N>)
    return true;
  else
    return std::is_same_v<typename type_lookup<A, N>::owner, typename type_lookup<B, N>::owner>;
}

// ---- what a special method answered ------------------------------------------------

template <class T>
struct not_implemented_result : std::false_type {};
template <class T>
struct not_implemented_result<or_not_implemented<T>> : std::true_type {};

// How a call's result answers: never (it is NotImplemented), maybe (an
// or_not_implemented<T>), or always.
enum class answers { never, maybe, always };
template <class R, class U = std::remove_cvref_t<R>>
inline constexpr answers answer_kind = std::is_same_v<U, not_implemented_t> ? answers::never
                                       : not_implemented_result<U>::value  ? answers::maybe
                                                                            : answers::always;

// The value an answer gives, as a C++ type the protocols return: a reference to an
// instance becomes a reference handle (Python returns the object), other
// results are values.
template <class R>
struct answer_value {
  using type = std::decay_t<R>;
};
template <class C>
struct answer_value<instance<C>&> {
  using type = ref<C>;
};
template <class T>
struct answer_value<or_not_implemented<T>> : answer_value<T> {};
template <class T>
struct answer_value<or_not_implemented<T>&&> : answer_value<T> {};
template <class T>
struct answer_value<or_not_implemented<T>&> : answer_value<T> {};

template <class R>
using answer_t = typename answer_value<R>::type;

template <class T, class V>
constexpr T as_answer(V&& value) {
  if constexpr (klass_object<T> && std::is_same_v<std::remove_cvref_t<V>, instance<object_class<T>>>)
    return T(value);
  else
    return T(std::forward<V>(value));
}

// Whether type(self).N exists and can be called with these arguments (a method
// whose parameters do not take an operand's type cannot answer for it: the
// protocols treat that as NotImplemented).
template <class C, class N, class... Args>
constexpr bool special_accepts() {
  if constexpr (!has_special<C, N>) {
    return false;
  } else {
    using L = type_lookup<C, N>;
    if constexpr (L::kind == attribute_kind::function)
      return std::is_invocable_v<const typename L::value_type&, instance<C>&, Args...>;
    else
      return std::is_invocable_v<decltype(special_method<N>(std::declval<instance<C>&>())), Args...>;
  }
}

// A step of a protocol is a callable making one call that may answer; a step
// that cannot apply returns klass::NotImplemented, so the chain knows at compile
// time. The C++ type a chain answers with: the common type of every step's
// answer up to the first that always answers; void when none can answer.
template <class... Steps>
struct chain_type;
template <>
struct chain_type<> {
  using type = void;
  static constexpr bool may_fail = true;
  static constexpr bool consistent = true;
};
template <class A, class B>
constexpr auto combine_answers() {
  if constexpr (std::is_void_v<A>)
    return std::type_identity<B>{};
  else if constexpr (std::is_void_v<B>)
    return std::type_identity<A>{};
  else if constexpr (requires { typename std::common_type<A, B>::type; })
    return std::type_identity<std::common_type_t<A, B>>{};
  else
    return std::type_identity<void>{};
}
template <class Step, class... Rest>
struct chain_type<Step, Rest...> {
  using R = decltype(std::declval<Step&>()());
  static constexpr answers kind = answer_kind<R>;
  using rest = std::conditional_t<kind == answers::always, chain_type<>, chain_type<Rest...>>;
  using mine = std::conditional_t<kind == answers::never, void, answer_t<R>>;
  using type = typename decltype(combine_answers<mine, typename rest::type>())::type;
  static constexpr bool may_fail = kind != answers::always && rest::may_fail;
  // false when two steps answer with C++ types that have no common type
  static constexpr bool consistent =
      rest::consistent && (std::is_void_v<mine> || std::is_void_v<typename rest::type> || !std::is_void_v<type>);
};

// Runs the steps in order; the first answer is the result, converted to Result.
// When every step said NotImplemented, `fail` raises Python's TypeError.
template <class Result, class Fail>
Result run_chain(Fail& fail) {
  fail();
  raise_error<type_error>("unreachable");  // fail raises
}
template <class Result, class Fail, class Step, class... Rest>
Result run_chain(Fail& fail, Step& first, Rest&... rest) {
  using R = decltype(first());
  if constexpr (answer_kind<R> == answers::never) {
    first();  // a method that always declines still runs (what it prints, it prints)
    return run_chain<Result>(fail, rest...);
  } else if constexpr (answer_kind<R> == answers::maybe) {
    auto answer = first();
    if (!answer.is_not_implemented()) return as_answer<Result>(std::move(answer).value());
    return run_chain<Result>(fail, rest...);
  } else {
    return as_answer<Result>(first());
  }
}

}  // namespace detail

// An operand a method takes as `const auto& other` may be an instance: klass
// objects are handled as Python's, mutable through any name (as through a const
// klass::ref), so attribute access works on a const instance too.
template <class C, char... Cs>
constexpr decltype(auto) getattr(const instance<C>& self, attr<Cs...> name) {
  return klass::getattr(const_cast<instance<C>&>(self), name);
}
template <class C, char... Cs, class Value>
void setattr(const instance<C>& self, attr<Cs...> name, Value&& value) {
  klass::setattr(const_cast<instance<C>&>(self), name, std::forward<Value>(value));
}
template <class C, char... Cs>
void delattr(const instance<C>& self, attr<Cs...> name) {
  klass::delattr(const_cast<instance<C>&>(self), name);
}
template <class C, char... Cs>
constexpr bool hasattr(const instance<C>& self, attr<Cs...> name) {
  return klass::hasattr(const_cast<instance<C>&>(self), name);
}

}  // namespace klass

#endif
