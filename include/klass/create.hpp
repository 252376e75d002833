// klass/create.hpp — calling a class: type.__call__ with object.__new__ and __init__.
#ifndef KLASS_CREATE_HPP
#define KLASS_CREATE_HPP

#include <type_traits>
#include <utility>

#include <klass/detail/attribute_errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>

namespace klass {
namespace error {
template <class Class> struct takes_no_arguments;
template <class Class, class Returned> struct init_should_return_none;
}  // namespace error

namespace detail {

template <class C>
struct creation_errors {
  static void takes_no_arguments() {
    KLASS_DETAIL_RAISE(TypeError, "<class>() takes no arguments", (join<fixed_name<C>, "() takes no arguments">),
                       error::takes_no_arguments<C>);
  }
  template <class Returned>
  static void init_should_return_none() {
    KLASS_DETAIL_RAISE(TypeError, "__init__() should return None",
                       (join<"__init__() should return None, not '", fixed_name<C>, "'">),
                       error::init_should_return_none<C, Returned>);
  }
};

// type.__call__(C, *args): object.__new__ allocates, then __init__ (found through
// the MRO, as any attribute) initializes. Without an __init__ of its own,
// object.__init__ accepts no arguments.
template <class C, class... Args>
ref<C> type_call(call_tag, class_object<C>, Args&&... args) {
  ref<C> self(*new instance<C>());
  using init = type_lookup<C, attr_c<"__init__">>;
  if constexpr (init::found) {
    using returned = decltype(klass::getattr(*self, attr_c<"__init__">{})(std::forward<Args>(args)...));
    if constexpr (std::is_void_v<returned>)
      klass::getattr(*self, attr_c<"__init__">{})(std::forward<Args>(args)...);
    else
      static_cast<void>(&creation_errors<C>::template init_should_return_none<returned>);
  } else if constexpr (sizeof...(Args) != 0) {
    static_cast<void>(&creation_errors<C>::takes_no_arguments);
  }
  return self;
}

}  // namespace detail
}  // namespace klass

#endif
