// klass/create.hpp — calling a class: type(C).__call__, type.__call__, object.__new__, object.__init__.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CREATE_HPP
#define KLASS_CREATE_HPP

#include <atomic>
#include <mutex>
#include <type_traits>
#include <utility>

#include <klass/abc.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/binding.hpp>
#include <klass/class_attributes.hpp>
#include <klass/class_dict.hpp>
#include <klass/class_object.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/metaclass.hpp>
#include <klass/ref.hpp>
#include <klass/special_names.hpp>
#include <klass/super.hpp>

namespace klass {

// The class object of C, what Python's name `C` denotes: call it to create an
// instance (type(C).__call__), read and assign its attributes with klass::getattr
// and klass::setattr. Declared here, with what calling it does. C may still be
// incomplete where klass::cls<C> is named (a class's dict may name a subclass
// declared below it); what is asked of the class object needs C complete.
template <class C>
  requires std::is_class_v<C>
inline constexpr class_object<C> cls{};

namespace error {
template <class Class> struct takes_no_arguments;
template <class Class> struct object_new_takes_exactly_one_argument;
template <class Class> struct object_init_takes_exactly_one_argument;
template <class Class, class Returned> struct init_should_return_none;
template <class Class> struct init_subclass_takes_no_keyword_arguments;
}  // namespace error

namespace detail {

template <class C>
inline constexpr bool overrides_new = !std::is_same_v<typename type_lookup<C, special::new_>::owner, object>;
template <class C>
inline constexpr bool overrides_init = !std::is_same_v<typename type_lookup<C, special::init>::owner, object>;

template <class T>
struct is_class_object : std::false_type {};
template <class C>
struct is_class_object<class_object<C>> : std::true_type {};
template <class T>
struct is_ref : std::false_type {};
template <class C>
struct is_ref<ref<C>> : std::true_type {};

template <class C>
struct creation_errors {
  struct takes_no_arguments {
    KLASS_DETAIL_ERROR(takes_no_arguments, TypeError, "<class>() takes no arguments",
                       (join<fixed_name<C>, "() takes no arguments">), error::takes_no_arguments<C>);
  };
  struct object_new_takes_exactly_one_argument {
    KLASS_DETAIL_ERROR(object_new_takes_exactly_one_argument, TypeError,
                       "object.__new__() takes exactly one argument (the type to instantiate)",
                       (join<"object.__new__() takes exactly one argument (the type to instantiate)">),
                       error::object_new_takes_exactly_one_argument<C>);
  };
  struct object_init_takes_exactly_one_argument {
    KLASS_DETAIL_ERROR(object_init_takes_exactly_one_argument, TypeError,
                       "object.__init__() takes exactly one argument (the instance to initialize)",
                       (join<"object.__init__() takes exactly one argument (the instance to initialize)">),
                       error::object_init_takes_exactly_one_argument<C>);
  };
  struct init_subclass_takes_no_keyword_arguments {
    KLASS_DETAIL_ERROR(init_subclass_takes_no_keyword_arguments, TypeError,
                       "<class>.__init_subclass__() takes no keyword arguments",
                       (join<fixed_name<C>, ".__init_subclass__() takes no keyword arguments">),
                       error::init_subclass_takes_no_keyword_arguments<C>);
  };
  template <class Returned>
  struct init_should_return_none {
    KLASS_DETAIL_ERROR(init_should_return_none, TypeError, "__init__() should return None",
                       (join<"__init__() should return None, not '",
                             to_fixed<unqualified_type_name<Returned>.size()>(unqualified_type_name<Returned>), "'">),
                       error::init_should_return_none<C, Returned>);
  };
};

// object.__new__(cls, *args) allocates an instance of cls, unless cls is abstract.
// Extra arguments are refused unless __init__ is overridden (CPython's object_new).
template <class C, class... Args>
ref<C> object_new(class_object<C>, Args&&...) {
  if constexpr (is_abstract<C>) KLASS_DETAIL_REPORT(abstract_error<C>);
  if constexpr (sizeof...(Args) != 0) {
    if constexpr (overrides_new<C>)
      KLASS_DETAIL_REPORT(typename creation_errors<C>::object_new_takes_exactly_one_argument);
    else if constexpr (!overrides_init<C>)
      KLASS_DETAIL_REPORT(typename creation_errors<C>::takes_no_arguments);
  }
  return ref<C>(*new instance<C>());
}
template <class C>
struct builtin_impl<object, special::new_, class_object<C>> {
  template <class... Args>
  static ref<C> apply(class_object<C> cls, Args&&... args) {
    return detail::object_new(cls, std::forward<Args>(args)...);
  }
};

// object.__init__(self, *args) does nothing; extra arguments are refused unless
// __new__ is overridden (CPython's object_init).
template <class C, class... Args>
void object_init(instance<C>&, Args&&...) {
  if constexpr (sizeof...(Args) != 0) {
    if constexpr (overrides_init<C>)
      KLASS_DETAIL_REPORT(typename creation_errors<C>::object_init_takes_exactly_one_argument);
    else if constexpr (!overrides_new<C>)
      KLASS_DETAIL_REPORT(typename creation_errors<C>::takes_no_arguments);
  }
}
template <class C>
struct builtin_impl<object, special::init, instance<C>> {
  template <class... Args>
  static void apply(instance<C>& self, Args&&... args) {
    detail::object_init(self, std::forward<Args>(args)...);
  }
};

// __new__ is an implicit staticmethod: the function itself, called with the class.
// slot_tp_new calls getattr(cls, '__new__') with cls prepended, so an explicit
// classmethod __new__ is bound to cls first and receives cls twice.
template <class C, class... Args>
auto call_new(class_object<C> cls, Args&... args) {
  return descr_get<special::new_, type_lookup<C, special::new_>>(none, cls)(cls, args...);
}

// type.__call__(cls, *args): obj = cls.__new__(cls, *args); if obj is an instance
// of cls, type(obj).__init__(obj, *args) — decided from obj's static type.
template <class C, class... Args>
auto type_call(class_object<C> cls, Args&&... args) {
  auto result = call_new(cls, args...);
  using result_type = decltype(result);
  if constexpr (is_class_object<result_type>::value) {
    // A class statement: the metaclass's __init__ initializes the class created.
    using X = typename result_type::type;
    if constexpr (is_subclass<metaclass_of<X>, C>) {
      auto init = class_level_get<C, special::init, type_lookup<C, special::init>>(result);
      init(args...);
    }
  } else if constexpr (is_ref<result_type>::value) {
    using X = typename result_type::klass_type;
    if constexpr (is_subclass<X, C>) {  // PyObject_TypeCheck: the real MRO, not an ABC's say
      // tp_init: found on the type, as every special method, never through
      // __getattribute__ or the instance.
      auto init = class_level_get<X, special::init, type_lookup<X, special::init>>(*result);
      using init_type = decltype(init);
      if constexpr (requires { typename init_type::template refusal_of<Args&...>; } &&
                    !init_type::template accepts<Args&...>) {
        // "X.__init__() takes 1 positional argument but 2 were given"
        KLASS_DETAIL_REPORT(error_of<typename init_type::template refusal_of<Args&...>>);
      } else {
        using returned = decltype(init(args...));
        if constexpr (std::is_void_v<returned>)
          init(args...);
        else
          KLASS_DETAIL_REPORT(typename creation_errors<X>::template init_should_return_none<returned>);
      }
    }
  }
  return result;
}
template <class C>
struct builtin_impl<klass::type, special::call, class_object<C>> {
  template <class... Args>
  static auto apply(class_object<C> cls, Args&&... args) {
    return detail::type_call(cls, std::forward<Args>(args)...);
  }
};

// C(*args): type(C).__call__(C, *args) — a special method, looked up on the metaclass.
template <class C, class... Args>
auto metaclass_call(class_object<C> cls, Args&&... args) {
  using M = metaclass_of<C>;
  return descr_get<special::call, type_lookup<M, special::call>>(cls, class_object<M>{})(std::forward<Args>(args)...);
}

// ---- the class statement ----------------------------------------------------

template <class C>
concept declares_keywords = declaration_readable<C> && requires { C::keywords; };

// The namespace a class statement passes to its metaclass: the class dict, and
// the class it belongs to (type.__new__ returns that class).
template <class C>
struct class_namespace {
  using klass_class = C;
  const dict_type<C>& dict = dict_of<C>();
  template <char... Cs>
  constexpr const auto& operator[](attr<Cs...> name) const {
    return dict[name];
  }
  static constexpr auto names() { return dict_type<C>::names(); }
};

template <class C, class... Entries, class Call>
decltype(auto) with_keywords(const dict_t<Entries...>& keywords, Call&& call) {
  return call(static_cast<const Entries&>(keywords)...);
}
template <class C, class Call>
decltype(auto) with_class_keywords(Call&& call) {
  if constexpr (declares_keywords<C>)
    return with_keywords<C>(C::keywords, static_cast<Call&&>(call));
  else
    return call();
}

// type.__new__(mcls, name, bases, ns, **kwds): the class exists already (it is a
// C++ type); what remains of creating it is __set_name__ on its values, then
// __init_subclass__ of its parent, called as super(C, C).__init_subclass__(**kwds)
// (an implicit classmethod).
// type_new_set_names: __set_name__ on the namespace's values, in order (those that
// could run at compile time already did).
template <class C, class N, class V>
inline constexpr bool set_name_left_to_run = false;
template <class C, class N, class V>
  requires std::is_class_v<V> && has_set_name<C, N, V>
inline constexpr bool set_name_left_to_run<C, N, V> = !set_name_at_compile_time<C, N>;

template <class C, class... Keys>
void run_set_names(type_list<Keys...>) {
  (class_storage<C, Keys>::value.set_name(cls<C>, Keys{}), ...);
}
template <class C, class... Keys, class... Values>
void run_set_names(type_list<Keys...>, type_list<Values...>) {
  run_set_names<C>(concat<std::conditional_t<set_name_left_to_run<C, Keys, Values>, type_list<Keys>, type_list<>>...>{});
}

template <class M, class Name, class Bases, class C, class... Keywords>
class_object<C> type_new(class_object<M>, const Name&, const Bases&, const class_namespace<C>&,
                         Keywords&&... keywords) {
  run_set_names<C>(typename dict_type<C>::keys{}, typename dict_type<C>::values{});
  // type_new_init_subclass: super(C, C).__init_subclass__(**kwds); object has one,
  // so it is always found (a plain function there was made a classmethod).
  klass::getattr(klass::super<C>(cls<C>), special::init_subclass{})(static_cast<Keywords&&>(keywords)...);
  return cls<C>;
}
template <class M>
struct builtin_impl<klass::type, special::new_, class_object<M>> {
  template <class... Args>
  static auto apply(class_object<M> mcls, Args&&... args) {
    return detail::type_new(mcls, std::forward<Args>(args)...);
  }
};

// object.__init_subclass__(cls, **kwargs): nothing to do; keywords are refused
// naming the class the hook is bound to — the class being created, also when a
// user's __init_subclass__ passes them on through super().
template <class C, class... Keywords>
void object_init_subclass(class_object<C>, const Keywords&...) {
  if constexpr (sizeof...(Keywords) != 0)
    KLASS_DETAIL_REPORT(typename creation_errors<C>::init_subclass_takes_no_keyword_arguments);
}
template <class C>
struct builtin_impl<object, special::init_subclass, class_object<C>> {
  template <class... Keywords>
  static void apply(class_object<C> cls, const Keywords&... keywords) {
    detail::object_init_subclass(cls, keywords...);
  }
};

// Whether C's class statement has run: set once it has finished. Reading it is
// the whole cost of klass::define<C>() afterwards (one acquiring load).
template <class C>
inline std::atomic<bool> class_defined{false};
// Whether it has started: read and written under class_statement_lock only.
template <class C>
inline bool class_statement_started = false;

// Class statements run one at a time in the process, as Python's run under its
// import lock: the first threads to use a class wait until its statement (and
// those of its bases and metaclass, on the same thread) has run once. Recursive:
// a class statement may use other classes, and reach its own class again (that
// call returns at once, as a second `class C` statement cannot start).
inline std::recursive_mutex& class_statement_lock() {
  static std::recursive_mutex lock;
  return lock;
}

// klass::define<C>(): what executing `class C(...): ...` does at run time, once:
// its bases and its metaclass first, then type(M).__call__(M, name, bases, ns, **kwds)
// — M.__new__ then M.__init__, with __init_subclass__ inside type.__new__. A
// statement that throws leaves the class undefined (the next use runs it again).
template <class C>
void define_class(class_object<C>) {
  if constexpr (!std::is_same_v<C, object> && !std::is_same_v<C, klass::type>) {
    if (class_defined<C>.load(std::memory_order_acquire)) return;
    std::lock_guard<std::recursive_mutex> guard(class_statement_lock());
    if (class_statement_started<C>) return;  // finished meanwhile, or running on this thread
    class_statement_started<C> = true;
    struct unless_finished {
      bool finished = false;
      ~unless_finished() {
        if (!finished) class_statement_started<C> = false;
      }
    } started;
    using M = metaclass_of<C>;
    [] <class... Bases>(type_list<Bases...>) { (detail::define_class(cls<Bases>), ...); }(bases_of<C>{});
    detail::define_class(cls<M>);
    with_class_keywords<C>([](auto&&... keywords) {
      detail::metaclass_call(cls<M>, klass::name<C>, to_hana(typename written_bases<C>::type{}), class_namespace<C>{},
                             static_cast<decltype(keywords)&&>(keywords)...);
    });
    started.finished = true;
    class_defined<C>.store(true, std::memory_order_release);
  }
}

// Calling a class object (the customization point call_impl, <klass/class_object.hpp>):
// its class statement runs first if it has not, then type(C).__call__(C, *args).
template <class C>
struct call_impl<class_object<C>> {
  template <class... Args>
  static auto apply(class_object<C> cls, Args&&... args) {
    detail::define_class(cls);
    return detail::metaclass_call(cls, std::forward<Args>(args)...);
  }
};

}  // namespace detail

// Executes the class statement of C (and of its bases and metaclass) if it has not
// run yet: the metaclass's __new__ and __init__ and the parent's __init_subclass__
// run once, in CPython's order. Calling the class runs it too.
template <class_type C>
void define() {
  if constexpr (detail::mro_exists<C>)
    detail::define_class(cls<C>);
  else
    KLASS_DETAIL_REPORT(detail::error_of<detail::mro_refusal<C>>);
}

}  // namespace klass

#endif
