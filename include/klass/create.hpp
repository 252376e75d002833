// klass/create.hpp — calling a class: type(C).__call__, type.__call__, object.__new__, object.__init__.
#ifndef KLASS_CREATE_HPP
#define KLASS_CREATE_HPP

#include <optional>
#include <type_traits>
#include <utility>

#include <klass/abc.hpp>
#include <klass/detail/attribute_errors.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/metaclass.hpp>

namespace klass {
namespace error {
template <class Class> struct takes_no_arguments;
template <class Class> struct object_new_takes_exactly_one_argument;
template <class Class> struct object_init_takes_exactly_one_argument;
template <class Class, class Returned> struct init_should_return_none;
}  // namespace error

namespace detail {

using new_name = attr_c<"__new__">;
using init_name = attr_c<"__init__">;
using call_name = attr_c<"__call__">;

template <class C>
inline constexpr bool overrides_new = !std::is_same_v<typename type_lookup<C, new_name>::owner, object>;
template <class C>
inline constexpr bool overrides_init = !std::is_same_v<typename type_lookup<C, init_name>::owner, object>;

template <class T>
struct is_ref : std::false_type {};
template <class C>
struct is_ref<ref<C>> : std::true_type {};

template <class C>
struct creation_errors {
  static void takes_no_arguments() {
    KLASS_DETAIL_RAISE(TypeError, "<class>() takes no arguments", (join<fixed_name<C>, "() takes no arguments">),
                       error::takes_no_arguments<C>);
  }
  static void object_new_takes_exactly_one_argument() {
    KLASS_DETAIL_RAISE(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)",
                       (join<"object.__new__() takes exactly one argument (the type to instantiate)">),
                       error::object_new_takes_exactly_one_argument<C>);
  }
  static void object_init_takes_exactly_one_argument() {
    KLASS_DETAIL_RAISE(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)",
                       (join<"object.__init__() takes exactly one argument (the instance to initialize)">),
                       error::object_init_takes_exactly_one_argument<C>);
  }
  template <class Returned>
  static void init_should_return_none() {
    KLASS_DETAIL_RAISE(TypeError, "__init__() should return None",
                       (join<"__init__() should return None, not '",
                             to_fixed<unqualified_type_name<Returned>.size()>(unqualified_type_name<Returned>), "'">),
                       error::init_should_return_none<C, Returned>);
  }
};

// object.__new__(cls, *args) allocates an instance of cls, unless cls is abstract.
// Extra arguments are refused unless __init__ is overridden (CPython's object_new).
template <class C, class... Args>
ref<C> object_new(call_tag, class_object<C>, Args&&...) {
  if constexpr (is_abstract<C>) static_cast<void>(&abstract_error<C>::raise);
  if constexpr (sizeof...(Args) != 0) {
    if constexpr (overrides_new<C>)
      static_cast<void>(&creation_errors<C>::object_new_takes_exactly_one_argument);
    else if constexpr (!overrides_init<C>)
      static_cast<void>(&creation_errors<C>::takes_no_arguments);
  }
  return ref<C>(*new instance<C>());
}

// object.__init__(self, *args) does nothing; extra arguments are refused unless
// __new__ is overridden (CPython's object_init).
template <class C, class... Args>
void object_init(call_tag, instance<C>&, Args&&...) {
  if constexpr (sizeof...(Args) != 0) {
    if constexpr (overrides_init<C>)
      static_cast<void>(&creation_errors<C>::object_init_takes_exactly_one_argument);
    else if constexpr (!overrides_new<C>)
      static_cast<void>(&creation_errors<C>::takes_no_arguments);
  }
}

// __new__ is an implicit staticmethod: the function itself, called with the class.
template <class C>
constexpr const auto& new_function() {
  using L = type_lookup<C, new_name>;
  const auto& stored = class_storage<typename L::owner, new_name>::value;
  if constexpr (L::kind == attribute_kind::staticmethod)
    return stored.function;
  else
    return stored;
}

// type.__call__(cls, *args): obj = cls.__new__(cls, *args); if obj is an instance
// of cls, type(obj).__init__(obj, *args) — decided from obj's static type.
template <class C, class... Args>
auto type_call(call_tag, class_object<C> cls, Args&&... args) {
  auto result = new_function<C>()(cls, args...);
  using result_type = decltype(result);
  if constexpr (is_ref<result_type>::value) {
    using X = typename result_type::klass_type;
    if constexpr (is_subclass<X, C>) {  // PyObject_TypeCheck: the real MRO, not an ABC's say
      // tp_init: found on the type, as every special method, never through
      // __getattribute__ or the instance.
      auto init = class_level_get<X, init_name, type_lookup<X, init_name>>(*result);
      using returned = decltype(init(args...));
      if constexpr (std::is_void_v<returned>)
        init(args...);
      else
        static_cast<void>(&creation_errors<X>::template init_should_return_none<returned>);
    }
  }
  return result;
}

// C(*args): type(C).__call__(C, *args) — a special method, looked up on the metaclass.
template <class C, class... Args>
auto metaclass_call(call_tag, class_object<C> cls, Args&&... args) {
  using L = type_lookup<metaclass_of<C>, call_name>;
  return class_storage<typename L::owner, call_name>::value(cls, std::forward<Args>(args)...);
}

// klass::singleton's __call__: the first call creates the instance through
// type.__call__ (so __init__ runs once); later calls return it. Each class,
// subclasses included, has its own.
template <class C, class Result>
inline std::optional<Result> singleton_instance;

struct singleton_call_function {
  template <class C, class... Args>
  auto operator()(class_object<C> cls, Args&&... args) const {
    using result = decltype(type_call(call_tag{}, cls, std::forward<Args>(args)...));
    auto& stored = singleton_instance<C, result>;
    if (!stored) stored = type_call(call_tag{}, cls, std::forward<Args>(args)...);
    return *stored;
  }
};

}  // namespace detail

// A metaclass whose instances are singletons: klass::cls<C>() always gives the
// same object (`using metaclass = klass::singleton;`).
struct singleton {
  using bases = klass::bases<type>;
  static constexpr std::string_view class_name = "singleton";
  static constexpr auto dict = klass::dict(attr_c<"__call__">{} = detail::singleton_call_function{});
};

}  // namespace klass

#endif
