// klass/detail/diagnostic.hpp — how klass stops a build: one error, in Python's words, and no cascade.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_DIAGNOSTIC_HPP
#define KLASS_DETAIL_DIAGNOSTIC_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/detail/fixed_string.hpp>

namespace klass::detail {

template <class...>
inline constexpr bool always_false = false;

// "<words> A, B, C": Python's message followed by the names it lists.
template <std::size_t N>
constexpr fixed_string<N> listing(std::string_view words, const std::string_view* names,
                                  std::size_t count) {
  fixed_string<N> out{};
  std::size_t at = 0;
  for (char c : words) out.text[at++] = c;
  for (std::size_t i = 0; i != count; ++i) {
    if (i != 0) out.text[at++] = ',';
    out.text[at++] = ' ';
    for (char c : names[i]) out.text[at++] = c;
  }
  return out;
}
constexpr std::size_t listing_size(std::string_view words, const std::string_view* names,
                                   std::size_t count) {
  std::size_t size = words.size() + (count ? 2 * count - 1 : 0);
  for (std::size_t i = 0; i != count; ++i) size += names[i].size();
  return size;
}

// ---- a message as clang 16+ prints it ---------------------------------------
//
// clang prints a string template argument in full only up to 36 characters (then
// "[...]"), so on clang a message is a `sentence`: pieces of at most 36
// characters, each cut before a space where it can be, printed one after the
// other as {"Cannot create a consistent method", " resolution order ..."}.
inline constexpr std::size_t sentence_piece = 36;

// The lengths of the pieces of a message (at most 8; the last takes what is left).
struct sentence_cuts {
  std::size_t count = 0;
  std::size_t length[8]{};
};
constexpr sentence_cuts cut_sentence(std::string_view text) {
  sentence_cuts cuts{};
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t n = text.size() - at;
    if (n > sentence_piece && cuts.count != 7) {
      n = sentence_piece;
      for (std::size_t k = sentence_piece; k > sentence_piece / 2; --k)
        if (text[at + k] == ' ') {
          n = k;
          break;
        }
    }
    cuts.length[cuts.count++] = n;
    at += n;
  }
  return cuts;
}

// Each piece fills its whole array, terminator included: clang prints a char
// array as a string only when its last element is a stored '\0'.
template <std::size_t N>
constexpr void fill_piece(char (&piece)[N], std::string_view text, std::size_t& at) {
  for (std::size_t k = 0; k + 1 != N; ++k) piece[k] = text[at++];
  piece[N - 1] = '\0';
}
template <std::size_t... N>
struct sentence;

template <std::size_t A>
struct sentence<A> {
  char p0[A + 1];
  constexpr sentence(std::string_view text) : p0{} {
    std::size_t at = 0;
    fill_piece(p0, text, at);
  }
};

template <std::size_t A, std::size_t B>
struct sentence<A, B> {
  char p0[A + 1], p1[B + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C>
struct sentence<A, B, C> {
  char p0[A + 1], p1[B + 1], p2[C + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D>
struct sentence<A, B, C, D> {
  char p0[A + 1], p1[B + 1], p2[C + 1], p3[D + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{}, p3{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at); fill_piece(p3, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D, std::size_t E>
struct sentence<A, B, C, D, E> {
  char p0[A + 1], p1[B + 1], p2[C + 1], p3[D + 1], p4[E + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{}, p3{}, p4{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at); fill_piece(p3, text, at); fill_piece(p4, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D, std::size_t E, std::size_t F>
struct sentence<A, B, C, D, E, F> {
  char p0[A + 1], p1[B + 1], p2[C + 1], p3[D + 1], p4[E + 1], p5[F + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{}, p3{}, p4{}, p5{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at); fill_piece(p3, text, at); fill_piece(p4, text, at); fill_piece(p5, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D, std::size_t E, std::size_t F, std::size_t G>
struct sentence<A, B, C, D, E, F, G> {
  char p0[A + 1], p1[B + 1], p2[C + 1], p3[D + 1], p4[E + 1], p5[F + 1], p6[G + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{}, p3{}, p4{}, p5{}, p6{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at); fill_piece(p3, text, at); fill_piece(p4, text, at); fill_piece(p5, text, at); fill_piece(p6, text, at);
  }
};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D, std::size_t E, std::size_t F, std::size_t G, std::size_t H>
struct sentence<A, B, C, D, E, F, G, H> {
  char p0[A + 1], p1[B + 1], p2[C + 1], p3[D + 1], p4[E + 1], p5[F + 1], p6[G + 1], p7[H + 1];
  constexpr sentence(std::string_view text) : p0{}, p1{}, p2{}, p3{}, p4{}, p5{}, p6{}, p7{} {
    std::size_t at = 0;
    fill_piece(p0, text, at); fill_piece(p1, text, at); fill_piece(p2, text, at); fill_piece(p3, text, at); fill_piece(p4, text, at); fill_piece(p5, text, at); fill_piece(p6, text, at); fill_piece(p7, text, at);
  }
};

template <auto Message, class Cuts = std::make_index_sequence<cut_sentence(Message.view()).count>>
struct sentence_of;
template <auto Message, std::size_t... I>
struct sentence_of<Message, std::index_sequence<I...>> {
  static constexpr sentence<cut_sentence(Message.view()).length[I]...> value{Message.view()};
};
// Dependent on Self, so that a message that depends on nothing is still only
// checked when its error class is instantiated.
template <auto Message, class Self>
inline constexpr auto sentence_for = sentence_of<Message>::value;

// ---- refusals ---------------------------------------------------------------
//
// Detection is apart from diagnosis. Inside klass a refused expression is a value,
// refusal<Error>, that names what is wrong and reports nothing; only the function
// the user called turns it into the one error (KLASS_DETAIL_REFUSED below), so the
// error is reported at the user's expression, and the expression using the result
// (`std::cout << getattr(a, "nope"_a)`, `getattr(...) + 1`, `auto x = ...; x.f()`)
// adds no error of its own.
template <class Error>
struct refusal {
  using error = Error;
};
template <class T>
inline constexpr bool is_refusal = false;
template <class Error>
inline constexpr bool is_refusal<refusal<Error>> = true;
template <class T>
concept refused = is_refusal<std::remove_cvref_t<T>>;
template <class T>
using error_of = typename std::remove_cvref_t<T>::error;

// T, made dependent on Args (for a member template's refusal that depends on its class only).
template <class T, class...>
struct dependent {
  using type = T;
};

// Whether T is the value of a refused expression after its error (clang).
template <class T>
concept refused_value = requires { typename std::remove_cvref_t<T>::klass_refused; };

// Never defined: what a refused result converts to (a program with a refusal never links).
template <class T>
T absorbed();

}  // namespace klass::detail

// KLASS_DETAIL_ERROR(Self, Exception, "words", message, Subject...): the body of
// the error class Self (Exception is one of the compile-time exceptions of
// <klass/errors.hpp>, which the header using the macro includes). Its one error reads, in the best form the compiler allows:
//  - clang 17+ with C++26 user-generated static_assert messages
//    (__cpp_static_assert >= 202306L): Python's sentence itself,
//      static assertion failed: AttributeError: 'A' object has no attribute 'foo'
//  - clang 16+ (C++20): the sentence as a template argument (a `sentence`), quoted
//    in the requirement the error line prints,
//      ... requirement 'always_false<klass::AttributeError<...{"\'A\' object ..."}>>'
//  - clang 14/15, which print a string template argument as a list of numbers:
//    Python's words and the classes as named template arguments (Subject...),
//      ... requirement 'always_false<klass::error::object_has_no_attribute<A, ...>>'
//      "klass: AttributeError: '<class>' object has no attribute '<name>'"
//  - g++: the computed message in the name of an incomplete type (`exception` points to one).
// `message` is not evaluated on clang 14/15.
//
// On clang an error class has two ways to stop the build: report(), for a
// refusal in a statement (KLASS_DETAIL_REPORT), and the class `value`, the type of
// a refused result (KLASS_DETAIL_REFUSED): its instantiation is asked for by the
// user's expression, and clang drops that expression and everything built on it.
// A class whose instantiation failed is still complete, so a second use of the
// same refused result meets the members below, which accept any operation and
// give `value` again: one error however the result is used.
#define KLASS_DETAIL_ABSORB_BINARY(Self, op)                                          \
  template <class KlassAbsorbed>                                                                  \
  friend constexpr Self operator op(const Self&, const KlassAbsorbed&) { return {}; }             \
  template <class KlassAbsorbed>                                                                  \
  friend constexpr Self operator op(const KlassAbsorbed&, const Self&) { return {}; }             \
  friend constexpr Self operator op(const Self&, const Self&) { return {}; }
#define KLASS_DETAIL_ABSORB(Self)                                                     \
  template <class KlassAbsorbed>                                                                  \
  constexpr operator KlassAbsorbed() const { return ::klass::detail::absorbed<KlassAbsorbed>(); }             \
  template <class... KlassArgs>                                                            \
  constexpr Self operator()(KlassArgs&&...) const { return {}; }                           \
  template <class KlassAbsorbed>                                                                  \
  constexpr Self operator[](KlassAbsorbed&&) const { return {}; }                                 \
  template <class KlassAbsorbed>                                                                  \
  constexpr Self& operator=(KlassAbsorbed&&) { return *this; }                                    \
  constexpr Self operator-() const { return {}; }                                     \
  constexpr Self operator+() const { return {}; }                                     \
  constexpr Self operator!() const { return {}; }                                     \
  constexpr Self operator~() const { return {}; }                                     \
  constexpr Self operator*() const { return {}; }                                     \
  constexpr Self& operator++() { return *this; }                                      \
  constexpr Self& operator--() { return *this; }                                      \
  constexpr Self operator++(int) { return {}; }                                       \
  constexpr Self operator--(int) { return {}; }                                       \
  template <class KlassStream>                                                                  \
  friend constexpr KlassStream& operator<<(KlassStream& stream, const Self&) { return stream; }           \
  template <class KlassStream>                                                                  \
  friend constexpr KlassStream& operator>>(KlassStream& stream, const Self&) { return stream; }           \
  template <class KlassAbsorbed>                                                                  \
  friend constexpr Self operator<<(const Self&, const KlassAbsorbed&) { return {}; }              \
  template <class KlassAbsorbed>                                                                  \
  friend constexpr Self operator>>(const Self&, const KlassAbsorbed&) { return {}; }              \
  KLASS_DETAIL_ABSORB_BINARY(Self, +)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, -)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, *)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, /)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, %)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, &)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, |)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, ^)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, ==)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, !=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, <)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, >)                                                 \
  KLASS_DETAIL_ABSORB_BINARY(Self, <=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, >=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, &&)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, ||)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, +=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, -=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, *=)                                                \
  KLASS_DETAIL_ABSORB_BINARY(Self, /=)

#if defined(__clang__) && defined(__cpp_static_assert) && __cpp_static_assert >= 202306L
#define KLASS_DETAIL_STATIC_ASSERT(Self, Exception, words, message, ...) \
  static_assert(false, ::klass::detail::join<#Exception ": ", message>)
#elif defined(__clang__) && __clang_major__ >= 16
#define KLASS_DETAIL_STATIC_ASSERT(Self, Exception, words, message, ...)                                      \
  static_assert(::klass::detail::always_false<::klass::Exception<::klass::detail::sentence_for<message, Self>>>, \
                "klass: " #Exception)
#elif defined(__clang__)
#define KLASS_DETAIL_STATIC_ASSERT(Self, Exception, words, message, ...) \
  static_assert(::klass::detail::always_false<__VA_ARGS__>, "klass: " #Exception ": " words)
#endif

#if defined(__clang__)
#define KLASS_DETAIL_ERROR(Self, Exception, words, message, ...)                    \
  static constexpr void report() {                                                  \
    KLASS_DETAIL_STATIC_ASSERT(Self, Exception, words, message, __VA_ARGS__);      \
  }                                                                                 \
  struct value {                                                                    \
    using klass_refused = void;                                                     \
    KLASS_DETAIL_ABSORB(value)                                                      \
    KLASS_DETAIL_STATIC_ASSERT(Self, Exception, words, message, __VA_ARGS__);      \
  }
#else
#define KLASS_DETAIL_ERROR(Self, Exception, words, message, ...) \
  static constexpr ::klass::Exception<message>* exception = nullptr
#endif

namespace klass::detail {

#if !defined(__clang__)
// g++: the error is the incomplete type carrying the message, asked for here.
template <class Error>
struct report_on_gcc {
  static_assert(sizeof(*Error::exception) != 0, "klass");
};
template <class Error>
constexpr auto refuse_value() {
  return sizeof(*Error::exception);
}
#else
template <class Error>
inline constexpr auto report_address = &Error::report;
#endif

// The type of a user-facing variable whose value is refused (R: the refusal),
// declared `inline constexpr auto v = refused_t<R>{};`: asking for the variable is
// the one error (on clang the initializer fails, which makes the variable
// invalid), and what uses it adds none.
#if defined(__clang__)
template <class R>
using refused_t = typename error_of<R>::value;
#else
template <class R>
using refused_t = decltype(refuse_value<error_of<R>>());
#endif

}  // namespace klass::detail

// KLASS_DETAIL_REPORT(Error): stops the build with Error's one error, at once,
// where klass finds it (a statement, an initializer), leaving a valid expression:
// the code around it goes on, and its notes lead back to the user's line. On clang
// Error::report (constexpr, so instantiated when its address is taken) holds the
// static_assert; on g++ a class asks for the incomplete type with the message.
#if defined(__clang__)
#define KLASS_DETAIL_REPORT(...) static_cast<void>(::klass::detail::report_address<__VA_ARGS__>)
#else
#define KLASS_DETAIL_REPORT(...) static_cast<void>(sizeof(::klass::detail::report_on_gcc<__VA_ARGS__>))
#endif

// KLASS_DETAIL_REFUSED_VALUE(Error): the value of a refused expression inside a
// function whose return type is deduced, when the refusal is not carried to a
// user-facing function (see KLASS_DETAIL_REFUSED for that): the function's own
// instantiation reports the error, and the function, so every expression using
// it, is dropped. (On clang, a second call of the same specialization is then "no
// matching function": prefer refusal<Error> and KLASS_DETAIL_REFUSED.)
#if defined(__clang__)
#define KLASS_DETAIL_REFUSED_VALUE(...) __VA_ARGS__::value {}
#else
#define KLASS_DETAIL_REFUSED_VALUE(...) ::klass::detail::refuse_value<__VA_ARGS__>()
#endif

// The user-facing function that a refused call resolves to (R: the refusal<Error>
// klass computed), declared as
//   template <...> requires refused<R>
//   KLASS_DETAIL_REFUSED(R) f(...) { KLASS_DETAIL_REFUSE(R); }
// beside the one for the other calls (requires !refused<R>). On clang it returns
// Error::value and is not constexpr, so that class is first asked for by the
// user's expression (clang instantiates constexpr bodies at once): the error is
// reported there and clang drops the expression and all built on it. On g++ its
// return type is deduced from refuse_value's, which fails, and g++ silently drops
// every expression depending on it.
#if defined(__clang__)
#define KLASS_DETAIL_REFUSED(...) ::klass::detail::refused_t<__VA_ARGS__>
#define KLASS_DETAIL_REFUSE(...) return {}
#else
#define KLASS_DETAIL_REFUSED(...) constexpr decltype(auto)
#define KLASS_DETAIL_REFUSE(...) return ::klass::detail::refuse_value<::klass::detail::error_of<__VA_ARGS__>>()
#endif

#endif
