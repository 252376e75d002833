// klass/datamodel/text.hpp — repr, str, format and printing: __repr__, __str__, __format__, std::ostream <<.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_TEXT_HPP
#define KLASS_DATAMODEL_TEXT_HPP

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>

#include <klass/error_handler.hpp>
#include <klass/abc.hpp>
#include <klass/class.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/datamodel/type_attributes.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>

namespace klass {

namespace error {
template <class Method, class Returned> struct returned_non_string;
}  // namespace error

namespace detail {

using repr_name = attr_c<"__repr__">;
using str_name = attr_c<"__str__">;
using format_name = attr_c<"__format__">;

template <class Method, class R>
struct text_errors {
  static constexpr void non_string() {
    KLASS_DETAIL_RAISE(TypeError, "__str__ returned non-string (type <type>)",
                       (join<Method::fixed, " returned non-string (type ", python_type_fixed<R>, ")">),
                       error::returned_non_string<Method, R>);
  }
};

// "module.qualname", as type_repr and object_repr write a class: without the
// module when it is builtins.
template <class C>
std::string qualified_class_name() {
  std::string out;
  if (klass::module<C> != "builtins") out.append(klass::module<C>).append(".");
  return out.append(klass::qualname<C>);
}

// type(o).__xxx__(o), which must return a str (std::string, std::string_view,
// a C string): slot_tp_repr / slot_tp_str / object_format's checks.
template <class N, class C, class... Args>
std::string text_method(instance<C>& self, Args&&... args) {
  using R = decltype(special_method<N>(self)(std::forward<Args>(args)...));
  if constexpr (!std::is_convertible_v<R, std::string_view> && !std::is_same_v<std::remove_cvref_t<R>, std::string>) {
    static_cast<void>(&text_errors<N, std::remove_cvref_t<R>>::non_string);
    return {};
  } else {
    return std::string(special_method<N>(self)(std::forward<Args>(args)...));
  }
}

// repr(o): __repr__, or object_repr's "<module.Name object at 0x...>".
template <class C>
std::string repr_of(instance<C>& self) {
  if constexpr (has_special<C, repr_name>) {
    return text_method<repr_name>(self);
  } else {
    char address[2 + 2 * sizeof(void*) + 1];
    std::snprintf(address, sizeof address, "%#llx",
                  static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(&self)));
    // Appended, not "<" + name: g++ 12 at -O3 warns (-Wrestrict) inside
    // operator+(const char*, std::string&&), a known false positive.
    std::string text = "<";
    text.append(qualified_class_name<C>()).append(" object at ").append(address).append(">");
    return text;
  }
}

// str(o): __str__, or object_str: repr(o).
template <class C>
std::string str_of(instance<C>& self) {
  if constexpr (has_special<C, str_name>)
    return text_method<str_name>(self);
  else
    return repr_of(self);
}

// format(o, spec): __format__(spec), or object___format___impl: str(o) for an
// empty spec, and TypeError for any other.
template <class C>
std::string format_of(instance<C>& self, std::string_view spec) {
  if constexpr (has_special<C, format_name>) {
    return text_method<format_name>(self, spec);
  } else {
    if (!spec.empty())
      raise_error<type_error>(detail::message("unsupported format string passed to ", klass::name<C>, ".__format__"));
    return str_of(self);
  }
}

}  // namespace detail

// repr(o), str(o), format(o, spec) for klass objects; for class objects
// "<class 'module.Name'>"; None and NotImplemented as Python writes them.
template <class T>
  requires detail::klass_object<T>
std::string repr(const T& o) {
  return detail::repr_of(detail::self_of(o));
}
template <class C>
std::string repr(class_object<C>) {
  return detail::message("<class '", detail::qualified_class_name<C>(), "'>");
}
inline std::string repr(none_t) { return "None"; }
inline std::string repr(not_implemented_t) { return "NotImplemented"; }
// A tuple of class objects (C.__mro__, C.__bases__): "(<class 'A'>, <class 'object'>)".
template <class... Cs>
std::string repr(const boost::hana::tuple<class_object<Cs>...>&) {
  std::string out = "(";
  std::string_view separator;
  ((out.append(separator).append(klass::repr(class_object<Cs>{})), separator = ", "), ...);
  if (sizeof...(Cs) == 1) out += ",";
  return out + ")";
}

template <class T>
  requires detail::klass_object<T>
std::string str(const T& o) {
  return detail::str_of(detail::self_of(o));
}
template <class T>
  requires(!detail::klass_object<T>) && requires(const T& v) { klass::repr(v); }
std::string str(const T& v) {
  return klass::repr(v);
}

template <class T>
  requires detail::klass_object<T>
std::string format(const T& o, std::string_view spec = {}) {
  return detail::format_of(detail::self_of(o), spec);
}

// std::ostream << o writes str(o), as print(o) does.
template <class C>
std::ostream& operator<<(std::ostream& out, const ref<C>& o) {
  return out << klass::str(o);
}
template <class C>
std::ostream& operator<<(std::ostream& out, const instance<C>& o) {
  return out << klass::str(o);
}
template <class C>
std::ostream& operator<<(std::ostream& out, class_object<C> c) {
  return out << klass::repr(c);
}
inline std::ostream& operator<<(std::ostream& out, none_t) { return out << "None"; }
inline std::ostream& operator<<(std::ostream& out, not_implemented_t) { return out << "NotImplemented"; }

}  // namespace klass

#endif
