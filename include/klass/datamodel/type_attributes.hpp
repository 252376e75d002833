// klass/datamodel/type_attributes.hpp — what a class and an object say about themselves: __name__, __mro__, __dict__, __class__, ...
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_TYPE_ATTRIBUTES_HPP
#define KLASS_DATAMODEL_TYPE_ATTRIBUTES_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/hana/tuple.hpp>

#include <klass/error_handler.hpp>
#include <klass/class.hpp>
#include <klass/datamodel/builtin_attribute.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_lookup.hpp>
#include <klass/dict.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/metaclass.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>

namespace klass {

namespace error {
template <class Class, class Name> struct readonly_attribute;
template <class Class, class Name> struct cannot_change_at_run_time;
}  // namespace error

namespace detail {
template <class C>
concept declares_class_module = declaration_readable<C> && requires {
  { C::class_module } -> std::convertible_to<std::string_view>;
};

// __module__, klass's choice: Python names the module a class statement ran in;
// C++ has namespaces. A class declaring `static constexpr std::string_view
// class_module = "..."` says it; otherwise the namespace (and enclosing classes)
// it is declared in, "geometry::shapes" for geometry::shapes::Circle, and
// "__main__" for a class at global scope or local to a function — the module of
// a Python script. klass's own object and type are "builtins" and ABC/ABCMeta "abc".
template <class C>
constexpr std::string_view module_of() {
  if constexpr (declares_class_module<C>) {
    return C::class_module;
  } else if constexpr (std::is_same_v<C, object> || std::is_same_v<C, klass::type>) {
    return "builtins";
  } else {
    constexpr std::string_view full = qualified_type_name<C>();
    constexpr std::string_view name = unqualified(full);
    std::string_view qualifier = full.substr(0, full.size() - name.size());
    if (qualifier.size() >= 2 && qualifier.substr(qualifier.size() - 2) == "::") qualifier.remove_suffix(2);
    for (std::string_view key : {"struct ", "class "})
      if (qualifier.substr(0, key.size()) == key) qualifier.remove_prefix(key.size());
    if (qualifier == "klass" && (name == "ABCMeta" || name == "abc_meta" || name == "abc" || name == "ABC"))
      return "abc";
    if (qualifier.empty() || qualifier.find_first_of("({") != std::string_view::npos) return "__main__";
    return qualifier;
  }
}
}  // namespace detail

// C.__module__ (see detail::module_of for klass's choice).
template <class_type C>
inline constexpr std::string_view module = detail::module_of<C>();
// C.__qualname__: klass cannot tell an enclosing class from a namespace in a C++
// name, so it is C.__name__ (the enclosing scopes are in __module__).
template <class_type C>
inline constexpr std::string_view qualname = klass::name<C>;

// type(C): the metaclass of a class object, as type(o) is the class of an object.
template <class C>
constexpr class_object<detail::metaclass_of<C>> type_of(class_object<C>) {
  return {};
}

// C.__dict__: a read-only view of the namespace the class was created with (a
// mappingproxy): its names in order, `in`, and lookup by name. CPython's also
// holds the entries type.__new__ adds (__module__, __dict__, __weakref__,
// __doc__); klass's holds what the class declared.
template <class C>
struct class_dict_view {
  using klass_class = C;
  static constexpr std::size_t size() { return detail::dict_type<C>::size; }
  // The names, in declaration order.
  static constexpr auto keys() {
    return [] <class... Keys>(detail::type_list<Keys...>) {
      return std::array<std::string_view, sizeof...(Keys)>{Keys::name...};
    }(typename detail::dict_type<C>::keys{});
  }
  // 'x' in C.__dict__
  static constexpr bool contains(std::string_view name) {
    for (std::string_view key : keys())
      if (key == name) return true;
    return false;
  }
  template <char... Cs>
  static constexpr bool contains(attr<Cs...>) {
    return detail::own_entry<C, attr<Cs...>>::found;
  }
  // C.__dict__['x']: the value as the class body wrote it.
  template <char... Cs>
  constexpr const auto& operator[](attr<Cs...> name) const {
    return detail::dict_of<C>()[name];
  }
  friend constexpr bool operator==(class_dict_view, class_dict_view) { return true; }
};

// o.__dict__: a view of the entries of o's instance dict that are set, in the
// order the classes of the MRO declare them (CPython's is in insertion order).
// __slots__ members (klass::member) are not in it, as in Python.
template <class C>
class instance_dict_view {
  using table = detail::namespace_of<C>;
  template <std::size_t I>
  using name_at = detail::slot_name_at<table, I>;

  template <class F, std::size_t... I>
  void for_each_set(F&& f, std::index_sequence<I...>) const {
    (
        [&] {
          if constexpr (table::data.slot_kind[I] != detail::slot_source::member)
            if (detail::slot_of<name_at<I>>(object_->dict)) f(name_at<I>::name);
        }(),
        ...);
  }
  template <class F>
  void for_each_set(F&& f) const {
    for_each_set(f, std::make_index_sequence<table::data.slot_count>{});
  }

 public:
  explicit instance_dict_view(instance<C>& object) : object_(&object) {}

  std::size_t size() const {
    std::size_t n = 0;
    for_each_set([&](std::string_view) { ++n; });
    return n;
  }
  // The names that are set.
  std::vector<std::string_view> keys() const {
    std::vector<std::string_view> out;
    for_each_set([&](std::string_view name) { out.push_back(name); });
    return out;
  }
  bool contains(std::string_view name) const {
    bool found = false;
    for_each_set([&](std::string_view key) { found = found || key == name; });
    return found;
  }
  // o.__dict__['x']: the value; KeyError: 'x' when it is not set.
  template <char... Cs>
  auto& operator[](attr<Cs...>) const {
    static_assert(detail::has_slot<C, attr<Cs...>>(), "klass: KeyError: the instance dict never holds this name");
    auto& entry = detail::slot_of<attr<Cs...>>(object_->dict);
    if (!entry) detail::raise_error<key_error>(detail::message("'", attr<Cs...>::name, "'"));
    return *entry;
  }

 private:
  instance<C>* object_;
};

namespace detail {

template <class C, class Name>
struct builtin_attribute_errors {
  static constexpr void readonly() {
    KLASS_DETAIL_RAISE(AttributeError, "readonly attribute", (join<"readonly attribute">),
                       error::readonly_attribute<C, Name>);
  }
  static constexpr void cannot_change() {
    KLASS_DETAIL_RAISE(AttributeError, "klass cannot change this attribute of a class at run time",
                       (join<"klass cannot change '", Name::fixed, "' of class '", fixed_name<C>,
                             "' at run time">),
                       error::cannot_change_at_run_time<C, Name>);
  }
};

template <class T>
struct class_of_object {
  using type = T;
};
template <class C>
struct class_of_object<class_object<C>> {
  using type = C;
};
template <class C>
struct class_of_object<instance<C>> {
  using type = C;
};

// type_getsets' setters: klass's class attributes that describe the class are
// fixed when it is compiled. __mro__ is read-only in CPython too.
template <class Name, bool Readonly = false>
struct refuse_setting {
  template <class Object>
  static constexpr void refuse_set() {
    using C = typename class_of_object<std::remove_cvref_t<Object>>::type;
    if constexpr (Readonly)
      static_cast<void>(&builtin_attribute_errors<C, Name>::readonly);
    else
      static_cast<void>(&builtin_attribute_errors<C, Name>::cannot_change);
  }
};

template <class... Ts>
constexpr boost::hana::tuple<class_object<Ts>...> class_objects(type_list<Ts...>) {
  return {};
}

// type.__name__ (type_name)
template <>
struct builtin_attribute_impl<attr_c<"__name__">> : refuse_setting<attr_c<"__name__">> {
  template <class C, class Owner>
  static constexpr std::string_view get(class_object<C>, Owner) {
    return klass::name<C>;
  }
};
// type.__qualname__ (type_qualname)
template <>
struct builtin_attribute_impl<attr_c<"__qualname__">> : refuse_setting<attr_c<"__qualname__">> {
  template <class C, class Owner>
  static constexpr std::string_view get(class_object<C>, Owner) {
    return klass::qualname<C>;
  }
};
// type.__module__ (type_module)
template <>
struct builtin_attribute_impl<attr_c<"__module__">> : refuse_setting<attr_c<"__module__">> {
  template <class C, class Owner>
  static constexpr std::string_view get(class_object<C>, Owner) {
    return klass::module<C>;
  }
};
// type.__mro__: a tuple of class objects, C first.
template <>
struct builtin_attribute_impl<attr_c<"__mro__">> : refuse_setting<attr_c<"__mro__">, true> {
  template <class C, class Owner>
  static constexpr auto get(class_object<C>, Owner) {
    static_cast<void>(klass::mro<C>);  // CPython's TypeError when C has no MRO
    return class_objects(typename mro_info<C>::list{});
  }
};
// type.__bases__
template <>
struct builtin_attribute_impl<attr_c<"__bases__">> : refuse_setting<attr_c<"__bases__">> {
  template <class C, class Owner>
  static constexpr auto get(class_object<C>, Owner) {
    return class_objects(bases_of<C>{});
  }
};
// type.__base__: CPython's best_base, the base whose instance layout the class
// extends; klass's instances have one layout kind, so it is the first base
// (None for object).
template <>
struct builtin_attribute_impl<attr_c<"__base__">> : refuse_setting<attr_c<"__base__">, true> {
  template <class C, class Owner>
  static constexpr auto get(class_object<C>, Owner) {
    if constexpr (bases_of<C>::size == 0)
      return none;
    else
      return class_object<at<0, bases_of<C>>>{};
  }
};
// type.__doc__ (type_get_doc): the class's own "__doc__" entry, else None (type.__new__
// gives every class a __doc__ of None; a docstring is not inherited).
template <>
struct builtin_attribute_impl<attr_c<"__doc__">> : refuse_setting<attr_c<"__doc__">> {
  template <class C, class Owner>
  static constexpr auto get(class_object<C>, Owner) {
    using doc = attr_c<"__doc__">;
    if constexpr (!own_entry<C, doc>::found)
      return none;
    else if constexpr (has_descriptor_get<typename own_entry<C, doc>::value_type>)
      return class_storage<C, doc>::value.get(none, class_object<C>{});  // a descriptor: __get__(None, C)
    else
      return dict_of<C>()[doc{}];
  }
};
// type.__dict__ (a mappingproxy) for classes; the instance dict for instances.
template <>
struct builtin_attribute_impl<attr_c<"__dict__">> : refuse_setting<attr_c<"__dict__">> {
  template <class C, class Owner>
  static constexpr class_dict_view<C> get(class_object<C>, Owner) {
    return {};
  }
  template <class C, class Owner>
  static instance_dict_view<C> get(instance<C>& self, Owner) {
    return instance_dict_view<C>(self);
  }
};
// object.__class__: type(o) — the class of an instance, the metaclass of a class.
template <>
struct builtin_attribute_impl<attr_c<"__class__">> : refuse_setting<attr_c<"__class__">> {
  template <class C, class Owner>
  static constexpr auto get(class_object<C> c, Owner) {
    return klass::type_of(c);
  }
  template <class C, class Owner>
  static constexpr class_object<C> get(instance<C>&, Owner) {
    return {};
  }
};

}  // namespace detail

}  // namespace klass

#endif
