// klass/call_errors.hpp — a function of a class called with arguments it cannot take, in Python's words.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_CALL_ERRORS_HPP
#define KLASS_CALL_ERRORS_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/detail/diagnostic.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/errors.hpp>

namespace klass {
namespace error {
// Named after the errors, so clang 14 shows the function and the count given.
template <class Class, class Name, std::size_t Takes, std::size_t Given>
struct takes_positional_arguments_but_were_given;
template <class Class, class Name, std::size_t Given>
struct cannot_take_the_arguments_given;
}  // namespace error

namespace detail {

template <std::size_t N>
constexpr std::size_t decimal_digits() {
  std::size_t digits = 1;
  for (std::size_t n = N; n >= 10; n /= 10) ++digits;
  return digits;
}
// N in decimal, for a message.
template <std::size_t N>
inline constexpr auto decimal = [] {
  fixed_string<decimal_digits<N>()> out{};
  std::size_t n = N;
  for (std::size_t i = decimal_digits<N>(); i != 0; --i, n /= 10) out.text[i - 1] = static_cast<char>('0' + n % 10);
  return out;
}();

template <class F, class Args, class Indices>
struct prefix_invocable;
template <class F, class Args, std::size_t... I>
struct prefix_invocable<F, Args, std::index_sequence<I...>> : std::is_invocable<const F&, at<I, Args>...> {};

// How many of the positional arguments given f takes, found the way CPython's
// "takes N positional arguments but M were given" is: the longest first part of
// them that f can be called with (fewer than given), or npos if none.
template <class F, class... Args>
constexpr std::size_t positional_count() {
  constexpr std::size_t given = sizeof...(Args);
  std::size_t found = static_cast<std::size_t>(-1);
  [&]<std::size_t... K>(std::index_sequence<K...>) {
    ((prefix_invocable<F, type_list<Args...>, std::make_index_sequence<K>>::value ? void(found = K) : void()), ...);
  }(std::make_index_sequence<given>{});
  return found;
}

// "<qualname>() takes 1 positional argument but 2 were given" (CPython's
// too_many_positional, with its plurals), or, when no shorter list of the
// arguments fits (too few, or one of a type the function cannot take), klass's
// sentence saying so. Owner.Name is the function's __qualname__.
// __qualname__ of a function found in the dict of Owner under Name; a function
// klass does not know the name of is "<function>".
// A customization point (in the style of Hana's xxx_impl<Tag>): the owner's
// __name__ is a class's, which <klass/class.hpp> knows; it specializes this for a
// class Owner. Here only a function klass does not know the name of.
template <class Owner, class Name>
struct qualname_of;
template <>
struct qualname_of<void, void> {
  static constexpr std::string_view owner = "<function>", dot = "", name = "";
};

template <class Owner, class Name, std::size_t Given, std::size_t Takes>
struct call_error {
  using q = qualname_of<Owner, Name>;
  static constexpr std::string_view were = Given == 1 ? " was given" : " were given";
  static constexpr std::string_view arguments = Takes == 1 ? " positional argument but " : " positional arguments but ";
  static constexpr std::string_view positional = Given == 1 ? " positional argument given" : " positional arguments given";
  static constexpr std::string_view too_many_parts[] = {q::owner, q::dot, q::name, "() takes ", decimal<Takes>,
                                                        arguments, decimal<Given>, were};
  static constexpr auto too_many = concatenate_all<total_size(too_many_parts)>(too_many_parts);
  static constexpr std::string_view cannot_parts[] = {q::owner, q::dot, q::name, "() cannot take the ", decimal<Given>,
                                                      positional, " (too few, or of a type it does not take)"};
  static constexpr auto cannot = concatenate_all<total_size(cannot_parts)>(cannot_parts);

  struct takes_fewer {
    KLASS_DETAIL_ERROR(takes_fewer, TypeError, "<function>() takes <n> positional arguments but <m> were given",
                       too_many, error::takes_positional_arguments_but_were_given<Owner, Name, Takes, Given>);
  };
  struct cannot_take {
    KLASS_DETAIL_ERROR(cannot_take, TypeError, "<function>() cannot take the positional arguments given",
                       cannot, error::cannot_take_the_arguments_given<Owner, Name, Given>);
  };
};

// The refusal of calling f (Owner.Name) with Args, which it cannot take.
template <class Owner, class Name, class F, class... Args>
using call_refusal = refusal<std::conditional_t<
    (positional_count<F, Args...>() < sizeof...(Args)),
    typename call_error<Owner, Name, sizeof...(Args), positional_count<F, Args...>()>::takes_fewer,
    typename call_error<Owner, Name, sizeof...(Args), 0>::cannot_take>>;

// What a callable's refused overload names as its refusal: call_refusal when the
// call is refused, and only then. clang before 16 substitutes a function template's
// return type before it checks the constraints, and computing call_refusal tries
// the callable with fewer arguments, which instantiates the body of a callable
// taking any arguments with a deduced return type (type.__call__). The other
// answer is an error class that is never reported (that overload is not chosen).
template <class Owner, class Name>
struct call_accepted {
  KLASS_DETAIL_ERROR(call_accepted, TypeError, "the call is accepted", (join<"the call is accepted">),
                     call_accepted<Owner, Name>);
};
template <bool Refused, class Owner, class Name, class F, class... Args>
struct call_refusal_if {
  using type = refusal<call_accepted<Owner, Name>>;
};
template <class Owner, class Name, class F, class... Args>
struct call_refusal_if<true, Owner, Name, F, Args...> {
  using type = call_refusal<Owner, Name, F, Args...>;
};

}  // namespace detail
}  // namespace klass

#endif
