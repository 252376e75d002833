// klass/polymorphism/names.hpp — names known only at run time: klass::hasattr(o, std::string_view) and klass::visit_attr(o, name, f).
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_NAMES_HPP
#define KLASS_POLYMORPHISM_NAMES_HPP

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/detail/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/detail/type_lookup.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/metaclass.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/name_index.hpp>
#include <klass/polymorphism/table.hpp>

namespace klass {

namespace error {
template <class Class> struct attribute_hooks_cannot_take_a_name_known_only_at_run_time;
}  // namespace error

namespace detail {

template <class C>
struct runtime_name_errors {
  static constexpr void hooks() {
    KLASS_DETAIL_RAISE(TypeError,
                       "klass cannot pass a name known only at run time to the __getattribute__ or __getattr__ of "
                       "'<class>': give its name parameter the type std::string_view",
                       (join<"klass cannot pass a name known only at run time to the __getattribute__ or __getattr__ "
                             "of '",
                             fixed_name<C>, "': give its name parameter the type std::string_view">),
                       error::attribute_hooks_cannot_take_a_name_known_only_at_run_time<C>);
  }
};

// ---- exact instances -----------------------------------------------------------------

template <class C, class N, class F>
void visit_instance_thunk(instance<C>& self, F& f) {
  if constexpr (get_refused<C, N>())
    raise_refused_get<C, N>();
  else
    f(klass::getattr(self, N{}));
}

template <class C, class F, class Names = namespace_names<C>>
struct instance_visit;
template <class C, class F, class... Names>
struct instance_visit<C, F, type_list<Names...>> {
  static constexpr void (*each[sizeof...(Names) + 1])(instance<C>&, F&) = {&visit_instance_thunk<C, Names, F>...,
                                                                           nullptr};
  static void visit(instance<C>& self, std::string_view name, F& f) {
    const std::size_t i = name_index<type_list<Names...>>::find(name);
    if (i != npos) return each[i](self, f);
    if constexpr (has_attribute_hooks<C>)
      f(hook_getattr(self, name));
    else
      raise_no_attribute<C>(name);
  }
};

// ---- class objects: type_getattro ------------------------------------------------------

// The names getattr(C, name) can find: class attributes of C's MRO (fields are
// instance-dict entries the class does not see), then those of its metaclass's MRO.
template <class C, class N>
constexpr bool type_get_refused() {
  using L = type_lookup<C, N>;
  using ML = type_lookup<metaclass_of<C>, N>;
  if constexpr (metaclass_data_get<ML>() && ML::kind == attribute_kind::property)
    return !std::remove_cvref_t<decltype(storage_of<ML, N>::value)>::has_getter;
  else
    return !L::found && !ML::found;
}

template <class C, class N, class F>
void visit_class_thunk(F& f) {
  if constexpr (type_get_refused<C, N>()) {
    using ML = type_lookup<metaclass_of<C>, N>;
    if constexpr (ML::found)
      detail::raise_error<attribute_error>(join<"property '", N::fixed, "' of '", fixed_name<metaclass_of<C>>,
                                 "' object has no getter">.text);
    else
      detail::raise_error<attribute_error>(join<"type object '", fixed_name<C>, "' has no attribute '", N::fixed, "'">.text);
  } else {
    f(klass::getattr(cls<C>, N{}));
  }
}

// C's own names that are class attributes, then its metaclass's names C's
// namespace does not have.
template <class C, class N, bool Metaclass>
constexpr bool class_level_name() {
  if constexpr (Metaclass)
    return location_of<C, N>.class_position == npos && location_of<C, N>.field_position == npos;
  else
    return type_lookup<C, N>::found;
}
template <class C, bool Metaclass, class List>
struct class_level_filter;
template <class C, bool Metaclass, class... Names>
struct class_level_filter<C, Metaclass, type_list<Names...>> {
  using type = concat<std::conditional_t<class_level_name<C, Names, Metaclass>(), type_list<Names>, type_list<>>...>;
};
template <class C>
using class_level_names = concat<typename class_level_filter<C, false, namespace_names<C>>::type,
                                 typename class_level_filter<C, true, namespace_names<metaclass_of<C>>>::type>;

template <class C, class F, class Names = class_level_names<C>>
struct class_visit;
template <class C, class F, class... Names>
struct class_visit<C, F, type_list<Names...>> {
  static constexpr void (*each[sizeof...(Names) + 1])(F&) = {&visit_class_thunk<C, Names, F>..., nullptr};
  static constexpr bool (*has[sizeof...(Names) + 1])() = {&type_hasattr<C, Names>..., nullptr};
  static void visit(std::string_view name, F& f) {
    const std::size_t i = name_index<type_list<Names...>>::find(name);
    if (i == npos)
      detail::raise_error<attribute_error>(detail::message("type object '", klass::name<C>, "' has no attribute '", name, "'"));
    each[i](f);
  }
  static bool hasattr(std::string_view name) {
    const std::size_t i = name_index<type_list<Names...>>::find(name);
    return i != npos && has[i]();
  }
};

// ---- base-typed handles: the names of the base's interface -----------------------------

template <class B, class N, class F>
void visit_handle_thunk(const handle<B>& self, F& f) {
  using access = get_access<B, N>;
  if constexpr (access::mode == get_mode::value || access::mode == get_mode::method)
    f(klass::getattr(self, N{}));
  else
    detail::raise_error<type_error>(join<"klass cannot give '", N::fixed, "' through a handle of '", fixed_name<B>,
                          "': it has no one C++ type there">.text);
}

template <class B, class F, class Names = typename interface_of<B>::names>
struct handle_visit;
template <class B, class F, class... Names>
struct handle_visit<B, F, type_list<Names...>> {
  static constexpr void (*each[sizeof...(Names) + 1])(const handle<B>&, F&) = {&visit_handle_thunk<B, Names, F>...,
                                                                               nullptr};
  static void visit(const handle<B>& self, std::string_view name, F& f) {
    const std::size_t i = name_index<type_list<Names...>>::find(name);
    if (i != npos) return each[i](self, f);
    const class_record& record = handle_access::record(self);
    if (record.hasattr(handle_access::object(self), name_key::of(name)))
      detail::raise_error<attribute_error>(detail::message("'", klass::name<B>, "' object has no attribute '", name, "' (through a handle of '", klass::name<B>, "'; the object, a '", record.name, "', has it: klass::cast it first)"));
    detail::raise_error<attribute_error>(detail::message("'", record.name, "' object has no attribute '", name, "'"));
  }
};

}  // namespace detail

// hasattr(o, name) with a name known only at run time, answered by the tables of
// names generated at compile time: on instances (exact or through a handle, for
// the object's own class) and class objects. A class whose __getattribute__ or
// __getattr__ cannot take a std::string_view is a compile error here (klass could
// not ask it about the names its namespace does not have).
template <class C>
bool hasattr(instance<C>& self, std::string_view name) {
  if constexpr (!detail::answers_runtime_names<C>) {
    static_cast<void>(&detail::runtime_name_errors<C>::hooks);
    return false;
  } else {
    return detail::runtime_hasattr<C>::ask(&self, detail::name_key::of(name));
  }
}
template <class C>
bool hasattr(const ref<C>& self, std::string_view name) {
  return klass::hasattr(*self, name);
}
template <class B>
bool hasattr(const handle<B>& self, std::string_view name) {
  return detail::handle_access::record(self).hasattr(detail::handle_access::object(self), detail::name_key::of(name));
}
template <class C>
bool hasattr(class_object<C>, std::string_view name) {
  return detail::class_visit<C, int>::hasattr(name);
}

// getattr(o, name) with a name known only at run time: f is called with what
// klass::getattr gives for that name (so f must accept every kind of attribute
// of the class, as a visitor of a std::variant does); no attribute of that name
// throws klass::attribute_error with Python's message. Through a handle of B
// only the names B declares can be visited (the others have no one C++ type).
template <class C, class F>
void visit_attr(instance<C>& self, std::string_view name, F&& f) {
  if constexpr (!detail::answers_runtime_names<C>)
    static_cast<void>(&detail::runtime_name_errors<C>::hooks);
  else
    detail::instance_visit<C, std::remove_reference_t<F>>::visit(self, name, f);
}
template <class C, class F>
void visit_attr(const ref<C>& self, std::string_view name, F&& f) {
  klass::visit_attr(*self, name, std::forward<F>(f));
}
template <class B, class F>
void visit_attr(const handle<B>& self, std::string_view name, F&& f) {
  detail::handle_visit<B, std::remove_reference_t<F>>::visit(self, name, f);
}
template <class C, class F>
void visit_attr(class_object<C>, std::string_view name, F&& f) {
  detail::class_visit<C, std::remove_reference_t<F>>::visit(name, f);
}

}  // namespace klass

#endif
