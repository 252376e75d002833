// klass/abc.hpp — abstract base classes: abc_meta, abc, the abstract set, virtual subclasses, __subclasshook__.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_ABC_HPP
#define KLASS_ABC_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/class.hpp>
#include <klass/class_dict.hpp>
#include <klass/class_object.hpp>
#include <klass/constants.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/dict.hpp>
#include <klass/errors.hpp>
#include <klass/isinstance.hpp>
#include <klass/metaclass.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>
#include <klass/type_lookup.hpp>

namespace klass {

// ABCMeta: classes whose metaclass derives from it compute their abstract
// methods and refuse to be instantiated while any remain.
struct abc_meta {
  using bases = klass::bases<type>;
  static constexpr std::string_view class_name = "ABCMeta";
};
// ABC: a base class whose metaclass is abc_meta.
struct abc {
  using metaclass = abc_meta;
  static constexpr std::string_view class_name = "ABC";
};

// ABC.register(C), non-intrusive: specialize for C, deriving from the ABCs it is
// registered with:  template <> struct klass::abc_register<C> : klass::bases<PluginBase> {};
// C becomes a virtual subclass: issubclass/isinstance say so; its MRO and
// attributes do not change.
template <class C>
struct abc_register : bases<> {};

namespace error {
template <class Class, class... Names> struct cant_instantiate_abstract_class;
template <class Registered, class Abc> struct refusing_to_create_an_inheritance_cycle;
template <class Registered, class NotAnAbc> struct register_needs_an_abc;
}  // namespace error

namespace detail {

// isinstance(C, ABCMeta)
template <class C>
inline constexpr bool is_abc = is_subclass<typename metaclass_info<C>::type, abc_meta>;

// ---- the abstract set (ABCMeta.__new__ / _abc_init) ---------------------------

// Names of C's own dict whose values are abstract.
template <class Keys, class Values>
struct own_abstract_names;
template <class... Keys, class... Values>
struct own_abstract_names<type_list<Keys...>, type_list<Values...>> {
  using type = concat<std::conditional_t<is_abstract_value<Values>(), type_list<Keys>, type_list<>>...>;
};

template <class C, bool = is_abc<C>>
struct abstract_set;

// A name stays abstract if what C's lookup finds for it is abstract.
template <class C, class Names>
struct still_abstract;
template <class C, class... Names>
struct still_abstract<C, type_list<Names...>> {
  template <class N>
  static constexpr bool abstract_here() {
    using L = type_lookup<C, N>;
    if constexpr (L::found)
      return is_abstract_value<typename L::value_type>();
    else
      return false;
  }
  using type = concat<std::conditional_t<abstract_here<Names>(), type_list<Names>, type_list<>>...>;
};

template <class List>
struct sorted_distinct_names;
template <class... Names>
struct sorted_distinct_names<type_list<Names...>> {
  // Sorted by code point, each once, as the message lists them.
  static constexpr auto order = [] {
    constexpr std::string_view names[] = {Names::name..., {}};
    struct result_t {
      std::size_t index[sizeof...(Names) + 1]{};
      std::size_t size = 0;
    } result{};
    for (std::size_t i = 0; i != sizeof...(Names); ++i) {
      bool seen = false;
      for (std::size_t j = 0; j != result.size; ++j) seen = seen || names[result.index[j]] == names[i];
      if (!seen) result.index[result.size++] = i;
    }
    for (std::size_t i = 1; i < result.size; ++i)
      for (std::size_t j = i; j > 0 && names[result.index[j]] < names[result.index[j - 1]]; --j)
        std::swap(result.index[j], result.index[j - 1]);
    return result;
  }();
  template <std::size_t... I>
  static auto pick(std::index_sequence<I...>) -> type_list<at<order.index[I], type_list<Names...>>...>;
  using type = decltype(pick(std::make_index_sequence<order.size>{}));
};

template <>
struct sorted_distinct_names<type_list<>> {
  using type = type_list<>;
};

template <class C, class Bases>
struct inherited_abstract_names;
template <class C, class... Bases>
struct inherited_abstract_names<C, type_list<Bases...>> {
  using type = typename still_abstract<C, concat<typename abstract_set<Bases>::names...>>::type;
};

// __abstractmethods__: own abstract names, and the bases' abstract names that C
// does not implement. Only ABCMeta classes have one; others are never abstract
// (and nothing about their dict is computed).
template <class C, bool IsAbc>
struct abstract_set {
  using names = type_list<>;
};
template <class C>
struct abstract_set<C, true> {
  using names =
      typename sorted_distinct_names<concat<typename own_abstract_names<typename dict_type<C>::keys,
                                                                      typename dict_type<C>::values>::type,
                                            typename inherited_abstract_names<C, bases_of<C>>::type>>::type;
};

template <class C, class Names = typename abstract_set<C>::names>
struct abstract_error;
// "Can't instantiate abstract class X without an implementation for abstract
// method 'a'" / "... methods 'a', 'b'" (CPython 3.12+ wording, names sorted).
template <class C, class... Names>
struct abstract_text {
  static constexpr std::string_view head = "Can't instantiate abstract class ";
  static constexpr std::string_view middle = sizeof...(Names) == 1
                                                 ? " without an implementation for abstract method "
                                                 : " without an implementation for abstract methods ";
  static constexpr std::size_t size() {
    std::size_t n = head.size() + klass::name<C>.size() + middle.size();
    std::size_t i = 0;
    ((n += Names::name.size() + 2 + (i++ ? 2 : 0)), ...);
    return n;
  }
  static constexpr fixed_string<size()> message() {
    fixed_string<size()> out{};
    std::size_t at = 0, i = 0;
    auto append = [&out, &at](std::string_view piece) {
      for (char c : piece) out.text[at++] = c;
    };
    append(head);
    append(klass::name<C>);
    append(middle);
    ((append(i++ ? ", '" : "'"), append(Names::name), append("'")), ...);
    return out;
  }
};
template <class C, class... Names>
struct abstract_error<C, type_list<Names...>> {
  static constexpr auto message() { return abstract_text<C, Names...>::message(); }
  static constexpr fixed_string<abstract_text<C, Names...>::size()> text = message();
  KLASS_DETAIL_ERROR(abstract_error, TypeError,
                     "Can't instantiate abstract class <class> without an implementation for abstract methods",
                     (abstract_text<C, Names...>::message()), error::cant_instantiate_abstract_class<C, Names...>);
};

// ---- virtual subclasses (ABCMeta.register, __subclasscheck__) -----------------

template <class... Abcs>
type_list<Abcs...> registered_list(const bases<Abcs...>&);
template <class C>
using registered_with = decltype(registered_list(abc_register<C>{}));

template <class Registered, class Abc>
struct register_errors {
  struct cycle {
    KLASS_DETAIL_ERROR(cycle, RuntimeError, "Refusing to create an inheritance cycle",
                       (join<"Refusing to create an inheritance cycle">),
                       error::refusing_to_create_an_inheritance_cycle<Registered, Abc>);
  };
  struct not_an_abc {
    KLASS_DETAIL_ERROR(not_an_abc, AttributeError, "type object '<class>' has no attribute 'register'",
                       (join<"type object '", fixed_name<Abc>, "' has no attribute 'register'">),
                       error::register_needs_an_abc<Registered, Abc>);
  };
};

// Whether Y's registrations make it a subclass of B: registered with B, or with an
// ABC that is itself (really or virtually) a subclass of B.
template <class Y, class B, class Registered = registered_with<Y>>
struct registration_reaches;
template <class Y, class B, class... Abcs>
struct registration_reaches<Y, B, type_list<Abcs...>> {
  template <class R>
  static constexpr bool reaches() {
    if constexpr (!is_abc<R>) {
      KLASS_DETAIL_REPORT(typename register_errors<Y, R>::not_an_abc);
      return false;
    } else if constexpr (is_subclass<Y, R>) {
      // ABCMeta.register: "if issubclass(subclass, cls): return subclass  # Already a
      // subclass" comes before the cycle check, so A.register(A) passes silently.
      return false;  // the MRO answers already
    } else if constexpr (is_subclass<R, Y>) {
      KLASS_DETAIL_REPORT(typename register_errors<Y, R>::cycle);  // R would be its own subclass
      return false;
    } else {
      return klass::issubclass<R, B>;
    }
  }
  static constexpr bool value = (reaches<Abcs>() || ...);
};

template <class D, class B, class Mro = typename mro_info<D>::list>
struct registered_in_mro;
template <class D, class B, class... Ys>
struct registered_in_mro<D, B, type_list<Ys...>> {
  static constexpr bool value = (registration_reaches<Ys, B>::value || ...);
};

// cls.__subclasshook__(subclass), evaluated at compile time: true, false, or
// NotImplemented (-1: let the MRO and the registrations decide).
template <class B, class D>
constexpr int subclass_hook() {
  using hook = special::subclasshook;
  using L = type_lookup<B, hook>;
  if constexpr (!L::found) {
    return -1;
  } else {
    constexpr auto& declared = dict_of<typename L::owner>()[hook{}];
    constexpr auto answer = declared.function(class_object_v<B>, class_object_v<D>);
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(answer)>, not_implemented_t>)
      return -1;
    else
      return answer ? 1 : 0;
  }
}

// ABCMeta.__subclasscheck__(B, D): B's __subclasshook__ decides when it has an
// opinion; else D is a subclass by its MRO, or by a registration (its own, or of
// a class of its MRO, with B or with a subclass of B).
template <class M>
  requires is_subclass<M, abc_meta>
struct subclasscheck_impl<M> {
  template <class D, class B, int Hook = subclass_hook<B, D>()>
  static constexpr bool apply = Hook != -1 ? Hook == 1 : (is_subclass<D, B> || registered_in_mro<D, B>::value);
};

}  // namespace detail

// Whether C is abstract (an ABCMeta class with abstract methods left), asked
// without failing the build; creating one is a compile error in Python's words.
template <class_type C>
inline constexpr bool is_abstract = detail::abstract_set<C>::names::size != 0;
// __abstractmethods__, sorted: a Hana tuple of hana::type<klass::attr<...>>.
template <class_type C>
inline constexpr auto abstract_methods = detail::to_hana(typename detail::abstract_set<C>::names{});

namespace detail {
template <class C, bool = is_abstract<C>>
inline constexpr std::string_view abstract_message_of{};
template <class C>
inline constexpr std::string_view abstract_message_of<C, true> = abstract_error<C>::text.view();
}  // namespace detail

// The TypeError message that creating C gives, as a value: "Can't instantiate
// abstract class C without an implementation for abstract methods 'a', 'b'";
// empty when C is not abstract.
template <class_type C>
inline constexpr std::string_view abstract_message = detail::abstract_message_of<C>;

}  // namespace klass

#endif
