// klass/datamodel/binary.hpp — arithmetic and bitwise operators from special methods: reflected, in-place, unary.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_BINARY_HPP
#define KLASS_DATAMODEL_BINARY_HPP

#include <ios>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/ref.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Op, class Left, class Right> struct unsupported_operand_types;
template <class Op, class Left, class Right> struct operands_answer_with_different_types;
template <class Op, class Operand> struct bad_operand_type_for_unary;
template <class Op, class Class> struct inplace_result_is_not_the_class;
}  // namespace error

namespace detail {

// One binary operator: its symbol and the names of its three special methods.
template <fixed_string Symbol, class Name, class Reflected, class InPlace>
struct binary_operator {
  static constexpr auto symbol = Symbol;
  static constexpr auto inplace_symbol = join<Symbol, "=">;
  using name = Name;
  using reflected = Reflected;
  using inplace = InPlace;
};
using add_op = binary_operator<"+", special::add, special::radd, special::iadd>;
using sub_op = binary_operator<"-", special::sub, special::rsub, special::isub>;
using mul_op = binary_operator<"*", special::mul, special::rmul, special::imul>;
using matmul_op = binary_operator<"@", special::matmul, special::rmatmul, special::imatmul>;
using truediv_op = binary_operator<"/", special::truediv, special::rtruediv, special::itruediv>;
using floordiv_op = binary_operator<"//", special::floordiv, special::rfloordiv, special::ifloordiv>;
using mod_op = binary_operator<"%", special::mod, special::rmod, special::imod>;
using divmod_op = binary_operator<"divmod()", special::divmod, special::rdivmod, special::idivmod>;
using pow_op = binary_operator<"** or pow()", special::pow, special::rpow, special::ipow>;
using lshift_op = binary_operator<"<<", special::lshift, special::rlshift, special::ilshift>;
using rshift_op = binary_operator<">>", special::rshift, special::rrshift, special::irshift>;
using and_op = binary_operator<"&", special::and_, special::rand, special::iand>;
using xor_op = binary_operator<"^", special::xor_, special::rxor, special::ixor>;
using or_op = binary_operator<"|", special::or_, special::ror, special::ior>;

// The symbol a message names: "+" for a + b, "+=" for a += b.
template <class Op, bool InPlace>
inline constexpr auto symbol_of = Op::symbol;
template <class Op>
inline constexpr auto symbol_of<Op, true> = Op::inplace_symbol;

template <class Op, bool InPlace, class L, class R>
inline constexpr auto unsupported_text = join<"unsupported operand type(s) for ", symbol_of<Op, InPlace>, ": '",
                                              python_type_fixed<L>, "' and '", python_type_fixed<R>, "'">;

template <class Op, class L, class R, bool InPlace>
struct binary_errors {
  struct unsupported {
    KLASS_DETAIL_ERROR(unsupported, TypeError, "unsupported operand type(s) for <op>: '<left>' and '<right>'",
                       (unsupported_text<Op, InPlace, L, R>), error::unsupported_operand_types<Op, L, R>);
  };
  struct different_types {
    KLASS_DETAIL_ERROR(different_types, TypeError, "the methods that may answer <left> <op> <right> give C++ types with no common type",
                       (join<"the methods that may answer '", python_type_fixed<L>, "' ", symbol_of<Op, InPlace>, " '",
                             python_type_fixed<R>, "' give C++ types with no common type">),
                       error::operands_answer_with_different_types<Op, L, R>);
  };
  struct inplace_result {
    KLASS_DETAIL_ERROR(inplace_result, TypeError, "a += b rebinds the klass::ref a: the result must convert to it",
                       (join<"'", python_type_fixed<L>, "' ", Op::inplace_symbol, " '", python_type_fixed<R>,
                             "' rebinds a klass::ref: the result must convert to it">),
                       error::inplace_result_is_not_the_class<Op, L>);
  };
};

// Runs the steps; a chain no step can answer is CPython's TypeError at compile
// time, one whose answers are all NotImplemented at run time throws it.
template <class Op, bool InPlace, class L, class R, class... Steps>
decltype(auto) run_operator(Steps&... steps) {
  using chain = chain_type<Steps...>;
  using errors = binary_errors<Op, std::remove_cvref_t<L>, std::remove_cvref_t<R>, InPlace>;
  if constexpr (std::is_void_v<typename chain::type> && chain::consistent) {
    return KLASS_DETAIL_REFUSED_VALUE(typename errors::unsupported);
  } else if constexpr (!chain::consistent) {
    return KLASS_DETAIL_REFUSED_VALUE(typename errors::different_types);
  } else {
    auto fail = [] { raise_error<type_error>(unsupported_text<Op, InPlace, L, R>.text); };
    return run_chain<typename chain::type>(fail, steps...);
  }
}

// binary_op1 (Objects/abstract.c) with slot_nb_* (SLOT1BINFULL, Objects/typeobject.c):
// v.__op__(w), then w.__rop__(v) if type(w) is not type(v); but first w.__rop__(v)
// when type(w) is a proper subclass of type(v) that overrides __rop__. Each may
// return NotImplemented to hand on; a C++ value has no special methods.
// In place (binary_iop1): v.__iop__(w) first, if type(v) has it.
template <class Op, bool InPlace, class L, class R>
decltype(auto) binary_protocol(L& l, R& r) {
  using LC = object_class<L>;
  using RC = object_class<R>;
  constexpr bool left = special_accepts<LC, typename Op::name, R&>();
  constexpr bool right = !std::is_same_v<LC, RC> && special_accepts<RC, typename Op::reflected, L&>();
  constexpr bool right_first = [] {
    if constexpr (right && !std::is_void_v<LC>)
      return is_subclass<RC, LC> && !same_special<LC, RC, typename Op::reflected>();
    else
      return false;
  }();
  auto inplace = [&]() -> decltype(auto) {
    if constexpr (InPlace && special_accepts<LC, typename Op::inplace, R&>())
      return special_method<typename Op::inplace>(self_of(l))(r);
    else
      return NotImplemented;
  };
  auto reflected_first = [&]() -> decltype(auto) {
    if constexpr (right_first)
      return special_method<typename Op::reflected>(self_of(r))(l);
    else
      return NotImplemented;
  };
  auto direct = [&]() -> decltype(auto) {
    if constexpr (left)
      return special_method<typename Op::name>(self_of(l))(r);
    else
      return NotImplemented;
  };
  auto reflected = [&]() -> decltype(auto) {
    if constexpr (right && !right_first)
      return special_method<typename Op::reflected>(self_of(r))(l);
    else
      return NotImplemented;
  };
  return run_operator<Op, InPlace, L, R>(inplace, reflected_first, direct, reflected);
}

// Rebinds `target` (a ref) to what an in-place operator answered.
template <class Op, class C, class Result>
void rebind(ref<C>& target, Result&& result) {
  if constexpr (refused_value<Result>) {
    // the error was given
  } else if constexpr (std::is_convertible_v<Result&&, ref<C>>) {
    target = std::forward<Result>(result);
  } else {
    KLASS_DETAIL_REPORT(typename binary_errors<Op, ref<C>, std::remove_cvref_t<Result>, true>::inplace_result);
  }
}

template <class T>
concept not_a_stream = !std::is_base_of_v<std::ios_base, std::remove_cvref_t<T>>;

// Operands the binary protocol takes: a klass object with another or with a
// Python value; with any other C++ value, only if a special method accepts it.
template <class Op, class L, class R>
constexpr bool method_takes() {
  using LC = object_class<L>;
  using RC = object_class<R>;
  return special_accepts<LC, typename Op::name, std::remove_reference_t<R>&>() ||
         special_accepts<LC, typename Op::inplace, std::remove_reference_t<R>&>() ||
         special_accepts<RC, typename Op::reflected, std::remove_reference_t<L>&>();
}
template <class L, class R, class Op = add_op>
concept binary_operands = (klass_object<L> || klass_object<R>) && not_a_stream<L> &&
                          ((klass_object<L> && klass_object<R>) || python_value<L> || python_value<R> ||
                           method_takes<Op, L, R>());

template <fixed_string Symbol, class Name>
struct unary_operator {
  static constexpr auto symbol = Symbol;
  using name = Name;
};
using neg_op = unary_operator<"unary -", special::neg>;
using pos_op = unary_operator<"unary +", special::pos>;
using invert_op = unary_operator<"unary ~", special::invert>;
using abs_op = unary_operator<"abs()", special::abs>;

template <class Op, class T>
struct unary_errors {
  struct bad_operand {
    KLASS_DETAIL_ERROR(bad_operand, TypeError, "bad operand type for <op>: '<class>'",
                       (join<"bad operand type for ", Op::symbol, ": '", python_type_fixed<T>, "'">),
                       error::bad_operand_type_for_unary<Op, T>);
  };
};

// PyNumber_Negative etc.: type(v).__neg__(v); none is CPython's TypeError.
template <class Op, class T>
decltype(auto) unary_protocol(T& operand) {
  using C = object_class<T>;
  if constexpr (special_accepts<C, typename Op::name>()) {
    using R = decltype(special_method<typename Op::name>(self_of(operand))());
    return answer_t<R>(special_method<typename Op::name>(self_of(operand))());
  } else {
    return KLASS_DETAIL_REFUSED_VALUE(typename unary_errors<Op, std::remove_cvref_t<T>>::bad_operand);
  }
}

}  // namespace detail

// a + b, a - b, ... on klass objects (klass::ref<C>, klass::instance<C>&) and C++
// values: Python's binary protocol (see detail::binary_protocol).
#define KLASS_DETAIL_BINARY(op, Op)                                             \
  template <class L, class R>                                                   \
    requires detail::binary_operands<L, R, detail::Op>                          \
  decltype(auto) operator op(L&& l, R&& r) {                                    \
    return detail::binary_protocol<detail::Op, false, std::remove_reference_t<L>, \
                                   std::remove_reference_t<R>>(l, r);           \
  }
KLASS_DETAIL_BINARY(+, add_op)
KLASS_DETAIL_BINARY(-, sub_op)
KLASS_DETAIL_BINARY(*, mul_op)
KLASS_DETAIL_BINARY(/, truediv_op)
KLASS_DETAIL_BINARY(%, mod_op)
KLASS_DETAIL_BINARY(<<, lshift_op)
KLASS_DETAIL_BINARY(>>, rshift_op)
KLASS_DETAIL_BINARY(&, and_op)
KLASS_DETAIL_BINARY(^, xor_op)
// a | f where f can be applied to a (a range adaptor: bag | std::views::filter(p))
// is that application's, not Python's |.
template <class L, class R>
  requires detail::binary_operands<L, R, detail::or_op> && (detail::klass_object<R> || !std::is_invocable_v<R, L>)
decltype(auto) operator|(L&& l, R&& r) {
  return detail::binary_protocol<detail::or_op, false, std::remove_reference_t<L>, std::remove_reference_t<R>>(l, r);
}
#undef KLASS_DETAIL_BINARY

// a += b, ...: Python's in-place protocol, rebinding the handle a to the result
// (usually a itself, when __iadd__ returns self).
#define KLASS_DETAIL_INPLACE(op, Op)                                                             \
  template <class C, class R>                                                                    \
  ref<C>& operator op(ref<C>& l, R&& r) {                                                        \
    detail::rebind<detail::Op>(l, detail::binary_protocol<detail::Op, true, ref<C>, std::remove_reference_t<R>>(l, r)); \
    return l;                                                                                    \
  }
KLASS_DETAIL_INPLACE(+=, add_op)
KLASS_DETAIL_INPLACE(-=, sub_op)
KLASS_DETAIL_INPLACE(*=, mul_op)
KLASS_DETAIL_INPLACE(/=, truediv_op)
KLASS_DETAIL_INPLACE(%=, mod_op)
KLASS_DETAIL_INPLACE(<<=, lshift_op)
KLASS_DETAIL_INPLACE(>>=, rshift_op)
KLASS_DETAIL_INPLACE(&=, and_op)
KLASS_DETAIL_INPLACE(^=, xor_op)
KLASS_DETAIL_INPLACE(|=, or_op)
#undef KLASS_DETAIL_INPLACE

// The operators C++ does not have, as functions: a @ b, a // b, divmod(a, b), a ** b.
template <class L, class R>
  requires detail::binary_operands<L, R, detail::matmul_op>
decltype(auto) matmul(L&& l, R&& r) {
  return detail::binary_protocol<detail::matmul_op, false, std::remove_reference_t<L>, std::remove_reference_t<R>>(l, r);
}
template <class L, class R>
  requires detail::binary_operands<L, R, detail::floordiv_op>
decltype(auto) floordiv(L&& l, R&& r) {
  return detail::binary_protocol<detail::floordiv_op, false, std::remove_reference_t<L>, std::remove_reference_t<R>>(l, r);
}
template <class L, class R>
  requires detail::binary_operands<L, R, detail::divmod_op>
decltype(auto) divmod(L&& l, R&& r) {
  return detail::binary_protocol<detail::divmod_op, false, std::remove_reference_t<L>, std::remove_reference_t<R>>(l, r);
}
template <class L, class R>
  requires detail::binary_operands<L, R, detail::pow_op>
decltype(auto) pow(L&& l, R&& r) {
  return detail::binary_protocol<detail::pow_op, false, std::remove_reference_t<L>, std::remove_reference_t<R>>(l, r);
}

// -a, +a, ~a, abs(a): type(a).__neg__(a), __pos__, __invert__, __abs__.
template <class T>
  requires detail::klass_object<T>
decltype(auto) operator-(T&& operand) {
  return detail::unary_protocol<detail::neg_op>(operand);
}
template <class T>
  requires detail::klass_object<T>
decltype(auto) operator+(T&& operand) {
  return detail::unary_protocol<detail::pos_op>(operand);
}
template <class T>
  requires detail::klass_object<T>
decltype(auto) operator~(T&& operand) {
  return detail::unary_protocol<detail::invert_op>(operand);
}
template <class T>
  requires detail::klass_object<T>
decltype(auto) abs(T&& operand) {
  return detail::unary_protocol<detail::abs_op>(operand);
}

}  // namespace klass

#endif
