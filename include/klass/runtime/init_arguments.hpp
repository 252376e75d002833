// klass/runtime/init_arguments.hpp — Base.__init__(self, **kwargs)'s argument check: only keywords naming an option, each once, with Python's TypeError texts.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_INIT_ARGUMENTS_HPP
#define KLASS_RUNTIME_INIT_ARGUMENTS_HPP

#include <cstddef>
#include <type_traits>

#include <klass/klass.hpp>
#include <klass/runtime/options.hpp>

namespace klass::runtime {

namespace error {
// Named after Python's errors, so that clang, which cannot print a computed
// message, shows the class and the name involved.
template <class Class, class Name> struct unexpected_keyword_argument;
template <class Class, class Name> struct got_multiple_values_for_keyword_argument;
template <class Class, class FirstPositional> struct takes_1_positional_argument;
}  // namespace error

// ---- Base.__init__'s arguments ----------------------------------------------

namespace detail {

constexpr std::size_t decimal_digits(std::size_t n) { return n < 10 ? 1 : 1 + decimal_digits(n / 10); }
template <std::size_t N>
inline constexpr auto decimal = [] {
  klass::detail::fixed_string<decimal_digits(N)> out{};
  std::size_t n = N;
  for (std::size_t i = decimal_digits(N); i != 0; --i, n /= 10) out.text[i - 1] = static_cast<char>('0' + n % 10);
  return out;
}();

template <class Owner>
struct init_errors {
  template <class Name>
  struct unexpected_keyword_argument {
    KLASS_DETAIL_ERROR(unexpected_keyword_argument, TypeError, "<class>.__init__() got an unexpected keyword argument '<name>'",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() got an unexpected keyword argument '", Name::fixed, "'">),
                       error::unexpected_keyword_argument<Owner, Name>);
  };
  template <class Name>
  struct multiple_values {
    KLASS_DETAIL_ERROR(multiple_values, TypeError, "<class>.__init__() got multiple values for keyword argument '<name>'",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() got multiple values for keyword argument '", Name::fixed,
                                            "'">),
                       error::got_multiple_values_for_keyword_argument<Owner, Name>);
  };
  template <std::size_t Given, class First>
  struct positional {
    KLASS_DETAIL_ERROR(positional, TypeError, "<class>.__init__() takes 1 positional argument but <n> were given",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() takes 1 positional argument but ", decimal<Given>,
                                            " were given">),
                       error::takes_1_positional_argument<Owner, First>);
  };
};

template <class Arg>
struct arg_key {
  using type = void;
};
template <class K, class V>
struct arg_key<klass::entry<K, V>> {
  using type = K;
};

template <class Options, class Arg>
inline constexpr bool is_known_option = true;
template <class Options, class K, class V>
inline constexpr bool is_known_option<Options, klass::entry<K, V>> = Options::contains(K{});

// What is wrong with `def __init__(self, **kwargs)` called with Args when only
// the options of Options may be given (first problem only: one error).
enum class init_problem { none, positional, unexpected, repeated };
struct init_finding {
  init_problem problem = init_problem::none;
  std::size_t index = 0;
};
template <class Options, class... Args>
constexpr init_finding first_init_problem() {
  constexpr std::size_t count = sizeof...(Args);
  constexpr bool keyword[] = {is_keyword<Args>..., true};
  constexpr bool known[] = {is_known_option<Options, Args>..., true};
  constexpr klass::detail::type_id ids[] = {klass::detail::id_of<typename arg_key<Args>::type>..., nullptr};
  for (std::size_t i = 0; i != count; ++i)
    if (!keyword[i]) return {init_problem::positional, i};
  for (std::size_t i = 0; i != count; ++i) {
    if (!known[i]) return {init_problem::unexpected, i};
    for (std::size_t j = 0; j != i; ++j)
      if (ids[i] == ids[j]) return {init_problem::repeated, i};
  }
  return {};
}
// Whether Owner.__init__(self, **kwargs) accepts Args; if not, the one error.
template <class Owner, class Options, class... Args>
constexpr bool init_arguments_ok() {
  constexpr init_finding first = first_init_problem<Options, Args...>();
  constexpr std::size_t positional = (std::size_t{0} + ... + (is_keyword<Args> ? 0 : 1));
  using at = klass::detail::at<first.index, klass::detail::type_list<Args..., void>>;
  if constexpr (first.problem == init_problem::positional)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template positional<positional + 1, at>);
  else if constexpr (first.problem == init_problem::unexpected)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template unexpected_keyword_argument<typename arg_key<at>::type>);
  else if constexpr (first.problem == init_problem::repeated)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template multiple_values<typename arg_key<at>::type>);
  return first.problem == init_problem::none;
}

template <class Self>
using class_of = typename std::remove_cvref_t<Self>::klass_type;

}  // namespace detail

}  // namespace klass::runtime

#endif
