// klass/declaration.hpp — a class's declaration is read only once it is complete, and only its own.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DECLARATION_HPP
#define KLASS_DECLARATION_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/detail/type_name.hpp>
#include <klass/errors.hpp>

namespace klass {
namespace error {
// Named after the errors, so that clang shows the classes involved.
template <class Class>
struct name_is_not_defined_before_its_class_is_complete;
template <class Class, class CxxBase>
struct class_derives_from_a_klass_class_through_cxx_inheritance;
template <class Class, class Member>
struct class_member_klass_cannot_read;
}  // namespace error

namespace detail {

// Every fact klass knows about a class is computed once and kept (an MRO, a
// lookup, whether it declares `bases`): the compilers memoize what a template
// or a concept gives for a type. Asked while the class is still incomplete (in
// its own body, or in the body of a class declared before it, where clang
// compiles whatever does not depend on a template parameter at once), the
// class would seem to declare nothing — no bases, an empty dict — and that
// answer would stay for the whole program. So the names klass reads (`bases`,
// `dict`, `metaclass`, `class_name`, `keywords`, `class_module`) are read
// through this check: an incomplete class is an error naming it, as Python's
// NameError names a class used before its class statement ran.
//
// It also refuses what C++ inheritance would do unseen: a class deriving from a
// klass class in C++ (`struct C : B {}`) finds B's `bases` and `dict` as its own,
// so C's MRO would skip B. klass ignores C++ inheritance; bases are declared
// with `using bases = klass::bases<B>;`.

// A class's C++ name, for messages about classes whose declaration cannot be read
// (klass::name would read `class_name`).
template <class C>
inline constexpr auto spelled_name = to_fixed<unqualified_type_name<C>.size()>(unqualified_type_name<C>);

template <class C>
struct declaration_errors {
  static constexpr auto& name = spelled_name<C>;
  struct not_defined {
    KLASS_DETAIL_ERROR(not_defined, NameError,
                       "name '<class>' is not defined (klass was asked about the class before its definition is "
                       "complete; make the code that names it depend on a template parameter)",
                       (join<"name '", name, "' is not defined (klass was asked about the class before its "
                             "definition is complete; make the code that names it depend on a template parameter)">),
                       error::name_is_not_defined_before_its_class_is_complete<C>);
  };
  template <class Base>
  struct cxx_base {
    KLASS_DETAIL_ERROR(cxx_base, TypeError,
                       "class '<class>' derives from the klass class '<base>' through C++ inheritance, which klass "
                       "ignores; declare its bases with using bases = klass::bases<...>",
                       (join<"class '", name, "' derives from the klass class '", spelled_name<Base>,
                             "' through C++ inheritance, which klass ignores; declare its bases with using bases = "
                             "klass::bases<",
                             spelled_name<Base>, ">">),
                       error::class_derives_from_a_klass_class_through_cxx_inheritance<C, Base>);
  };
  template <class Member>
  struct unreadable {
    KLASS_DETAIL_ERROR(unreadable, TypeError,
                       "class '<class>' has a '<member>' that klass cannot read: it must be a public member of the "
                       "class itself (a private one, or one inherited through a private C++ base, is hidden)",
                       (join<"class '", name, "' has a '", Member::fixed,
                             "' that klass cannot read: it must be a public member of the class itself (a private "
                             "one, or one inherited through a private C++ base, is hidden)">),
                       error::class_member_klass_cannot_read<C, Member>);
  };
};

// The names klass reads from a class, as one probe: a name that C's hierarchy
// also has is ambiguous in probe<C, klass_names_probe> (descriptors.hpp).
template <fixed_string Name>
struct member_name {
  static constexpr auto fixed = Name;
};
struct klass_names_probe {
  int bases, dict, metaclass, class_name, keywords, class_module;
};
template <class C>
using names_probe = probe<C, klass_names_probe>;

// Whether C (or one of its C++ bases) declares the name at all, accessible or not.
template <class C>
constexpr bool has_klass_names() {
  using P = names_probe<C>;
  return !requires { &P::bases; &P::dict; &P::metaclass; &P::class_name; &P::keywords; &P::class_module; };
}

// A klass class in the C++ sense: it has one of the names klass reads (a class
// with none is a klass class too, but C++ inheritance from it changes nothing
// klass sees).
template <class B>
concept declares_klass_names = std::is_class_v<B> && !std::is_final_v<B> &&
                               has_klass_names<B>();

// Converts to anything; converting to a klass class (the type of a C++ base of
// C, when C is an aggregate initialized from it) is the error.
template <class C, class Target>
constexpr bool not_a_klass_base() {
  if constexpr (!std::is_same_v<Target, C> && declares_klass_names<Target>)
    KLASS_DETAIL_REPORT(typename declaration_errors<C>::template cxx_base<Target>);
  return true;
}
template <class C>
struct element_probe {
  template <class U>
    requires(not_a_klass_base<C, std::remove_cvref_t<U>>())
  constexpr operator U() const;
};
template <class C, std::size_t>
using element_probe_at = element_probe<C>;

// An aggregate's bases come first among its elements: initializing C from
// 1, 2, ... probes, until C has no further element, converts one to each base.
// (Other classes cannot be probed: their C++ bases go unseen, see
// docs/limitations.md.)
template <class C, std::size_t... I>
constexpr bool probes_initialize(std::index_sequence<I...>) {
  return requires { C{element_probe_at<C, I>{}...}; };
}
template <class C, std::size_t Count = 1>
constexpr void check_aggregate_elements() {
  if constexpr (Count <= 64 && probes_initialize<C>(std::make_index_sequence<Count>{}))
    check_aggregate_elements<C, Count + 1>();
}

// A name klass reads that C's hierarchy has but C does not give it (private,
// privately inherited, or not the kind klass reads). A class named like the
// member (its injected-class-name) is not one.
constexpr std::string_view template_name(std::string_view name) { return name.substr(0, name.find('<')); }
template <class C, class Member>
constexpr void unreadable() {
  if constexpr (template_name(unqualified_type_name<C>) != Member::fixed.view())
    KLASS_DETAIL_REPORT(typename declaration_errors<C>::template unreadable<Member>);
}
// Only a name C does not give klass is looked for in C's hierarchy; most classes
// have none of the last three at all, which one probe says.
template <class C>
constexpr void check_readable() {
  using P = names_probe<C>;
  if constexpr (!requires { typename C::bases; })
    if constexpr (!requires { &P::bases; }) unreadable<C, member_name<"bases">>();
  if constexpr (!requires { C::dict; })
    if constexpr (!requires { &P::dict; }) unreadable<C, member_name<"dict">>();
  if constexpr (!requires { &P::metaclass; &P::class_name; &P::keywords; &P::class_module; }) {
    if constexpr (!requires { typename C::metaclass; })
      if constexpr (!requires { &P::metaclass; }) unreadable<C, member_name<"metaclass">>();
    if constexpr (!requires { C::class_name; })
      if constexpr (!requires { &P::class_name; }) unreadable<C, member_name<"class_name">>();
    if constexpr (!requires { C::keywords; })
      if constexpr (!requires { &P::keywords; }) unreadable<C, member_name<"keywords">>();
    if constexpr (!requires { C::class_module; })
      if constexpr (!requires { &P::class_module; }) unreadable<C, member_name<"class_module">>();
  }
}

// The check, once per class: true when C's declaration may be read. A type that
// is not a class (void, int: asked about by the data model's operators) declares
// nothing, and never will.
template <class C>
constexpr bool check_declaration() {
  if constexpr (!std::is_class_v<C>) {
    return false;
  } else if constexpr (!requires { sizeof(C); }) {
    KLASS_DETAIL_REPORT(typename declaration_errors<C>::not_defined);
    return false;
  } else {
    if constexpr (std::is_aggregate_v<C>) check_aggregate_elements<C>();
    if constexpr (!std::is_final_v<C>) check_readable<C>();
    return true;
  }
}

template <class C>
inline constexpr bool declaration_readable = check_declaration<C>();

}  // namespace detail
}  // namespace klass

#endif
