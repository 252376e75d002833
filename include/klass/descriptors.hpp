// klass/descriptors.hpp — the descriptor protocol as concepts, and the built-in descriptors.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DESCRIPTORS_HPP
#define KLASS_DESCRIPTORS_HPP

#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/call_errors.hpp>
#include <klass/constants.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_name.hpp>

namespace klass {

namespace detail {
// Whether a class has a member of a given name, whatever its signature (Python's
// rule is by name too: hasattr(type(d), '__get__')). A member of the same name in
// both bases makes the name ambiguous, which is what these detect.
struct get_member { int get; };
struct set_member { int set; };
struct del_member { int del; };
template <class D, class Probe>
struct probe : D, Probe {};
template <class D> concept no_get_member = requires { &probe<D, get_member>::get; };
template <class D> concept no_set_member = requires { &probe<D, set_member>::set; };
template <class D> concept no_del_member = requires { &probe<D, del_member>::del; };

template <class D>
concept derivable = std::is_class_v<D> && !std::is_final_v<D>;

// The standard library's types are never descriptors, whatever their members are
// called (std::shared_ptr::get, std::bitset::set): Python's built-in value types
// are not descriptors either.
// (Only the start of the name is read: its end would mean scanning all of it.)
template <class D>
constexpr bool is_std_type() {
  constexpr std::string_view pretty = pretty_function<D>();
  return pretty.substr(pretty.find("T = ") + 4, 5) == "std::";
}
}  // namespace detail

// A descriptor: a class with a member get, set or del (Python's __get__, __set__,
// __delete__). get(instance, owner) — instance is klass::none on class access;
// set(instance, value); del(instance).
template <class D>
concept descriptor = detail::derivable<D> && !detail::is_std_type<D>() &&
                     (!detail::no_get_member<D> || !detail::no_set_member<D> || !detail::no_del_member<D>);
// A data descriptor defines set or del and wins over the instance dict.
template <class D>
concept data_descriptor = descriptor<D> && (!detail::no_set_member<D> || !detail::no_del_member<D>);
// A non-data descriptor defines only get; the instance dict wins over it.
template <class D>
concept non_data_descriptor = descriptor<D> && !data_descriptor<D>;
template <class D>
concept has_descriptor_get = descriptor<D> && !detail::no_get_member<D>;
template <class D>
concept has_descriptor_set = descriptor<D> && !detail::no_set_member<D>;
template <class D>
concept has_descriptor_del = descriptor<D> && !detail::no_del_member<D>;

// ---- instance attributes -----------------------------------------------------

// "x"_a = klass::field<T>: an entry of every instance's dict, typed T; unset until
// assigned, and deletable. Not a class attribute: the class does not see it.
// "x"_a = klass::field<T>(v): the same entry, set to T(v) on every new instance
// (before __init__ runs), as a dataclass field with a default.
template <class T, class Init>
struct field_default_t {
  using value_type = T;
  Init init;
};
template <class T>
struct field_t {
  using value_type = T;
  template <class Init>
  constexpr auto operator()(Init&& init) const {
    using stored = std::conditional_t<std::is_array_v<std::remove_reference_t<Init>>,
                                      std::decay_t<Init>, std::remove_cvref_t<Init>>;
    return field_default_t<T, stored>{static_cast<Init&&>(init)};
  }
};
template <class T>
inline constexpr field_t<T> field{};

// "x"_a = klass::member<T>: a __slots__ member descriptor — a data descriptor on
// the class whose value lives in each instance; unset until assigned.
template <class T>
struct member_t {
  using value_type = T;
};
template <class T>
inline constexpr member_t<T> member{};

// ---- functions, staticmethod, classmethod ------------------------------------

namespace detail {
// The type of f(args...), named apart from the call so that a wrapper's return
// type never waits for the wrapper's body: a method reaching itself again
// through klass::getattr (recursion) asks for the wrapper's return type while
// the wrapper is being instantiated, which clang refuses for a deduced one
// ("function 'operator()' with deduced return type cannot be used before it is
// defined"). A wrong call is an error here, not a substitution failure.
template <class F, class... Args>
struct call_result {
  using type = decltype(std::declval<F>()(std::declval<Args>()...));
};
// The same for an overload constrained to the calls F accepts: clang 14
// substitutes the return type before it checks the constraint, so for a call F
// refuses it must name a type too (void; that overload is not chosen, its
// refused twin reports the call in Python's words).
template <bool Accepts, class F, class... Args>
struct call_result_if {
  using type = void;
};
template <class F, class... Args>
struct call_result_if<true, F, Args...> : call_result<F, Args...> {};
}  // namespace detail

// A function bound to its first argument: an instance (method) or a class
// (classmethod). Calling it passes that argument first, as Python does. Owner and
// Name, when known, are the function's __qualname__ (Owner.Name), for the error
// of a call with arguments the function cannot take (CPython's "A.f() takes 2
// positional arguments but 3 were given").
template <class Function, class Self, class Owner = void, class Name = void>
struct bound_method {
  Function function;
  Self self;

  // What calling it with Args gives: the function's result, or a refusal.
  template <class... Args>
  static constexpr bool accepts = std::is_invocable_v<const Function&, const Self&, Args...>;
  template <class... Args>
  using refusal_of = typename detail::call_refusal_if<!accepts<Args...>, Owner, Name, Function, const Self&, Args...>::type;

  template <class... Args>
    requires accepts<Args...>
  constexpr typename detail::call_result_if<accepts<Args...>, const Function&, const Self&, Args&&...>::type operator()(
      Args&&... args) const {
    return function(self, std::forward<Args>(args)...);
  }
  template <class... Args>
    requires(!accepts<Args...>)
  KLASS_DETAIL_REFUSED(refusal_of<Args...>) operator()(Args&&...) const {
    KLASS_DETAIL_REFUSE(refusal_of<Args...>);
  }
};

template <class Function>
struct staticmethod_t {
  Function function;
  // staticmethod.__get__ returns the function itself, from instances and classes alike.
  template <class Instance, class Owner>
  constexpr const Function& get(const Instance&, const Owner&) const {
    return function;
  }
};
template <class Function>
constexpr staticmethod_t<Function> staticmethod(Function function) {
  return {function};
}

template <class Function>
struct classmethod_t {
  Function function;
  // classmethod.__get__ binds the class: the one used, or the instance's type.
  template <class Instance, class Owner>
  constexpr bound_method<Function, Owner> get(const Instance&, const Owner& owner) const {
    return {function, owner};
  }
};
template <class Function>
constexpr classmethod_t<Function> classmethod(Function function) {
  return {function};
}

// ---- property ------------------------------------------------------------------

// property(fget, fset, fdel, doc): a data descriptor calling the functions given; a
// missing one is klass::none, and using it is an error naming the property.
// The lookup machinery calls fget/fset/fdel (it knows the names for messages).
template <class Get = none_t, class Set = none_t, class Del = none_t>
struct property_t {
  Get fget;
  Set fset;
  Del fdel;
  std::string_view __doc__{};

  static constexpr bool has_getter = !std::is_same_v<Get, none_t>;
  static constexpr bool has_setter = !std::is_same_v<Set, none_t>;
  static constexpr bool has_deleter = !std::is_same_v<Del, none_t>;

  // x.getter(f), x.setter(f), x.deleter(f): a copy with one function replaced — the
  // @x.setter idiom, and how a subclass extends a base's property.
  template <class F>
  constexpr property_t<F, Set, Del> getter(F f) const { return {f, fset, fdel, __doc__}; }
  template <class F>
  constexpr property_t<Get, F, Del> setter(F f) const { return {fget, f, fdel, __doc__}; }
  template <class F>
  constexpr property_t<Get, Set, F> deleter(F f) const { return {fget, fset, f, __doc__}; }
};

template <class Get = none_t, class Set = none_t, class Del = none_t>
constexpr property_t<Get, Set, Del> property(Get fget = {}, Set fset = {}, Del fdel = {},
                                             std::string_view doc = {}) {
  return {fget, fset, fdel, doc};
}

// ---- abstractmethod -----------------------------------------------------------

// abstractmethod(v): v, marked abstract (Python sets __isabstractmethod__). It
// behaves as v in every lookup, so an abstract method with a body can still be
// reached through super(). Under property, classmethod or staticmethod the mark
// is seen through them, as Python's __isabstractmethod__ is.
template <class Value>
struct abstract_t : Value {
  static constexpr bool klass_abstract = true;
  constexpr abstract_t(Value value) : Value(value) {}
};
template <class Value>
constexpr abstract_t<Value> abstractmethod(Value value) {
  return {value};
}

namespace detail {
template <class V>
struct unwrap_abstract {
  using type = V;
};
template <class V>
struct unwrap_abstract<abstract_t<V>> {
  using type = V;
};

template <class V>
constexpr bool is_abstract_value();
template <class T> struct is_field : std::false_type {};
template <class T> struct is_field<field_t<T>> : std::true_type {};
template <class T, class Init> struct is_field<field_default_t<T, Init>> : std::true_type {};
template <class T> struct is_field_default : std::false_type {};
template <class T, class Init> struct is_field_default<field_default_t<T, Init>> : std::true_type {};
template <class T> struct is_member : std::false_type {};
template <class T> struct is_member<member_t<T>> : std::true_type {};
template <class T> struct is_property : std::false_type {};
template <class G, class S, class D> struct is_property<property_t<G, S, D>> : std::true_type {};
template <class T> struct is_staticmethod : std::false_type {};
template <class F> struct is_staticmethod<staticmethod_t<F>> : std::true_type {};
template <class T> struct is_classmethod : std::false_type {};
template <class F> struct is_classmethod<classmethod_t<F>> : std::true_type {};

// Any operator() at all, template or not, found by the same ambiguity probe
// (taking the address of a generic lambda's operator() would instantiate its body).
struct call_member { void operator()(); };
template <class T>
concept callable_object = derivable<T> && !requires { &probe<T, call_member>::operator(); };
}  // namespace detail

// The kind of a class-dict value, which decides how lookup treats it.
enum class attribute_kind {
  field,                // klass::field<T>: an instance-dict entry, not a class attribute
  member,               // klass::member<T>: a slot (data descriptor)
  property,             // klass::property: data descriptor
  data_descriptor,      // a user type with set or del
  function,             // a callable: a non-data descriptor that binds self
  staticmethod,         // non-data descriptor returning the function
  classmethod,          // non-data descriptor binding the class
  non_data_descriptor,  // a user type with get only
  value,                // a plain class attribute
};

template <class C>
struct class_object;
template <class C>
class ref;
namespace detail {
template <class T> struct is_class_object_type : std::false_type {};
template <class C> struct is_class_object_type<class_object<C>> : std::true_type {};
// A reference to a klass object is a value, callable or not (only functions bind).
template <class C> struct is_class_object_type<ref<C>> : std::true_type {};
}  // namespace detail

template <class Raw>
constexpr attribute_kind kind_of() {
  using namespace detail;
  using V = typename unwrap_abstract<Raw>::type;
  if constexpr (is_class_object_type<V>::value) return attribute_kind::value;  // a class is callable, not a function
  else if constexpr (is_field<V>::value) return attribute_kind::field;
  else if constexpr (is_member<V>::value) return attribute_kind::member;
  else if constexpr (is_property<V>::value) return attribute_kind::property;
  else if constexpr (is_staticmethod<V>::value) return attribute_kind::staticmethod;
  else if constexpr (is_classmethod<V>::value) return attribute_kind::classmethod;
  else if constexpr (data_descriptor<V>) return attribute_kind::data_descriptor;
  else if constexpr (descriptor<V>) return attribute_kind::non_data_descriptor;
  else if constexpr (std::is_function_v<std::remove_pointer_t<V>> ||
                     (callable_object<V> && !is_std_type<V>()))
    return attribute_kind::function;
  else return attribute_kind::value;
}

namespace detail {
// __isabstractmethod__, as Python computes it for the built-in descriptors.
template <class V>
constexpr bool is_abstract_value() {
  if constexpr (requires { V::klass_abstract; })
    return V::klass_abstract;
  else if constexpr (is_property<V>::value)
    return is_abstract_value<decltype(V::fget)>() || is_abstract_value<decltype(V::fset)>() ||
           is_abstract_value<decltype(V::fdel)>();
  else if constexpr (is_staticmethod<V>::value || is_classmethod<V>::value)
    return is_abstract_value<decltype(V::function)>();
  else
    return false;
}
}  // namespace detail

}  // namespace klass

#endif
