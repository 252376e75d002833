// klass/datamodel/compare.hpp — rich comparisons from special methods, with reflection and Python's fallbacks.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_COMPARE_HPP
#define KLASS_DATAMODEL_COMPARE_HPP

#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/datamodel/binary.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Op, class Left, class Right> struct not_supported_between_instances;
}  // namespace error

namespace detail {

enum class compare_kind { eq, ne, lt, le, gt, ge };

template <compare_kind Kind, fixed_string Symbol, class Name, compare_kind Reflected>
struct compare_operator {
  static constexpr compare_kind kind = Kind;
  static constexpr auto symbol = Symbol;
  using name = Name;
  static constexpr compare_kind reflected = Reflected;
};
template <compare_kind Kind>
struct compare_op_of;
template <> struct compare_op_of<compare_kind::eq> { using type = compare_operator<compare_kind::eq, "==", special::eq, compare_kind::eq>; };
template <> struct compare_op_of<compare_kind::ne> { using type = compare_operator<compare_kind::ne, "!=", special::ne, compare_kind::ne>; };
template <> struct compare_op_of<compare_kind::lt> { using type = compare_operator<compare_kind::lt, "<", special::lt, compare_kind::gt>; };
template <> struct compare_op_of<compare_kind::le> { using type = compare_operator<compare_kind::le, "<=", special::le, compare_kind::ge>; };
template <> struct compare_op_of<compare_kind::gt> { using type = compare_operator<compare_kind::gt, ">", special::gt, compare_kind::lt>; };
template <> struct compare_op_of<compare_kind::ge> { using type = compare_operator<compare_kind::ge, ">=", special::ge, compare_kind::le>; };
template <compare_kind Kind>
using compare_op = typename compare_op_of<Kind>::type;

// a is b, for any two operands: the same klass object.
template <class V, class W>
bool identical(V& v, W& w) {
  if constexpr (klass_object<V> && klass_object<W>)
    return static_cast<const void*>(&self_of(v)) == static_cast<const void*>(&self_of(w));
  else
    return false;
}

// type(v).__op__(v, w), object's methods included (object_richcompare): __eq__
// is identity or NotImplemented; __ne__ inverts type(v).__eq__ unless it gave
// NotImplemented; the orderings are NotImplemented. A C++ value has none.
template <compare_kind Kind, class V, class W>
auto compare_method(V& v, W& w) {
  using Op = compare_op<Kind>;
  using C = object_class<V>;
  if constexpr (special_accepts<C, typename Op::name, W&>()) {
    return special_method<typename Op::name>(self_of(v))(w);
  } else if constexpr (!klass_object<V>) {
    return NotImplemented;
  } else if constexpr (Kind == compare_kind::eq) {
    if constexpr (klass_object<W>)
      return identical(v, w) ? or_not_implemented<bool>(true) : or_not_implemented<bool>(NotImplemented);
    else
      return NotImplemented;
  } else if constexpr (Kind == compare_kind::ne) {
    auto eq = compare_method<compare_kind::eq>(v, w);
    using R = decltype(eq);
    if constexpr (answer_kind<R> == answers::never)
      return NotImplemented;
    else if constexpr (answer_kind<R> == answers::maybe)
      return eq.is_not_implemented() ? or_not_implemented<bool>(NotImplemented)
                                     : or_not_implemented<bool>(!static_cast<bool>(eq.value()));
    else
      return !static_cast<bool>(eq);
  } else {
    return NotImplemented;
  }
}

template <class Op, class L, class R>
struct compare_errors {
  static constexpr auto text = join<"'", Op::symbol, "' not supported between instances of '", python_type_fixed<L>,
                                    "' and '", python_type_fixed<R>, "'">;
  struct not_supported {
    KLASS_DETAIL_ERROR(not_supported, TypeError, "'<op>' not supported between instances of '<left>' and '<right>'", text,
                       error::not_supported_between_instances<Op, L, R>);
  };
  struct different_types {
    KLASS_DETAIL_ERROR(different_types, TypeError, "the methods that may answer <left> <op> <right> give C++ types with no common type",
                       (join<"the methods that may answer '", python_type_fixed<L>, "' ", Op::symbol, " '",
                             python_type_fixed<R>, "' give C++ types with no common type">),
                       error::operands_answer_with_different_types<Op, L, R>);
  };
};

// do_richcompare (Objects/object.c): first w's reflected method if type(w) is a
// proper subclass of type(v); then v's method; then w's reflected one (if not
// tried); then == and != fall back to identity, and an ordering is a TypeError.
template <compare_kind Kind, class V, class W>
decltype(auto) richcompare(V& v, W& w) {
  using Op = compare_op<Kind>;
  using VC = object_class<V>;
  using WC = object_class<W>;
  constexpr bool reverse_first = [] {
    if constexpr (klass_object<V> && klass_object<W> && !std::is_same_v<VC, WC>)
      return is_subclass<WC, VC>;
    else
      return false;
  }();
  auto reflected_first = [&]() -> decltype(auto) {
    if constexpr (reverse_first)
      return compare_method<Op::reflected>(w, v);
    else
      return NotImplemented;
  };
  auto direct = [&]() -> decltype(auto) { return compare_method<Kind>(v, w); };
  auto reflected = [&]() -> decltype(auto) {
    if constexpr (!reverse_first)
      return compare_method<Op::reflected>(w, v);
    else
      return NotImplemented;
  };
  auto fallback = [&]() -> decltype(auto) {
    if constexpr (Kind == compare_kind::eq)
      return identical(v, w);
    else if constexpr (Kind == compare_kind::ne)
      return !identical(v, w);
    else
      return NotImplemented;
  };
  using chain = chain_type<decltype(reflected_first), decltype(direct), decltype(reflected), decltype(fallback)>;
  using errors = compare_errors<Op, std::remove_cvref_t<V>, std::remove_cvref_t<W>>;
  if constexpr (!chain::consistent) {
    return KLASS_DETAIL_REFUSED_VALUE(typename errors::different_types);
  } else if constexpr (std::is_void_v<typename chain::type>) {
    return KLASS_DETAIL_REFUSED_VALUE(typename errors::not_supported);
  } else {
    auto fail = [] { raise_error<type_error>(errors::text.text); };
    return run_chain<typename chain::type>(fail, reflected_first, direct, reflected, fallback);
  }
}

// A klass object with another, or with a Python value (see python_value).
template <class L, class R>
concept compare_operands = (klass_object<L> && klass_object<R>) || (klass_object<L> && python_value<R>) ||
                           (python_value<L> && klass_object<R>);

}  // namespace detail

// a == b, a != b, a < b, a <= b, a > b, a >= b on klass objects and C++ values:
// Python's rich comparison (see detail::richcompare). Identity is klass::is.
#define KLASS_DETAIL_COMPARE(op, Kind)                                            \
  template <class L, class R>                                                     \
    requires detail::compare_operands<L, R>                                       \
  decltype(auto) operator op(L&& l, R&& r) {                                      \
    return detail::richcompare<detail::compare_kind::Kind>(l, r);                 \
  }
KLASS_DETAIL_COMPARE(==, eq)
KLASS_DETAIL_COMPARE(!=, ne)
KLASS_DETAIL_COMPARE(<, lt)
KLASS_DETAIL_COMPARE(<=, le)
KLASS_DETAIL_COMPARE(>, gt)
KLASS_DETAIL_COMPARE(>=, ge)
#undef KLASS_DETAIL_COMPARE

}  // namespace klass

#endif
