// klass/explain.hpp — beyond CPython: which rule of attribute lookup answers o.name or C.name, as a value.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_EXPLAIN_HPP
#define KLASS_EXPLAIN_HPP

#include <cstddef>
#include <string_view>

#include <klass/class.hpp>
#include <klass/descriptors.hpp>
#include <klass/suggestions.hpp>
#include <klass/type_lookup.hpp>
#include <klass/lookup.hpp>
#include <klass/metaclass.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>

namespace klass {

// The rules of attribute lookup, in the order CPython tries them: for an instance
// o, PyObject_GenericGetAttr (behind slot_tp_getattr_hook); for a class C,
// type_getattro.
enum class lookup_rule : unsigned char {
  getattribute,               // o: type(o) defines __getattribute__, which decides
  data_descriptor,            // o: a data descriptor on the type (property, member, set/del) wins over the instance dict
  instance_dict,              // o: the instance dict, when it holds the name at run time
  non_data_descriptor,        // o: a non-data descriptor on the type: its __get__(o, type(o)); a function binds o
  class_attribute,            // o: a plain class attribute on the type, returned as it is
  getattr,                    // o: nothing found, or AttributeError: type(o).__getattr__(o, name)
  metaclass_data_descriptor,  // C: a data descriptor of the metaclass wins over C's MRO
  class_mro,                  // C: found in C's MRO: a descriptor's __get__(None, C), else the value itself
  metaclass_attribute,        // C: found on the metaclass; a function binds C
  not_found,                  // AttributeError
  class_not_created,          // the class cannot be created (its MRO or its metaclasses are refused)
};

// Words for a kind of class-dict value ("data descriptor", "classmethod", ...).
constexpr std::string_view kind_name(attribute_kind kind) {
  switch (kind) {
    case attribute_kind::field: return "field";
    case attribute_kind::member: return "member";
    case attribute_kind::property: return "property";
    case attribute_kind::data_descriptor: return "data descriptor";
    case attribute_kind::function: return "function";
    case attribute_kind::staticmethod: return "staticmethod";
    case attribute_kind::classmethod: return "classmethod";
    case attribute_kind::non_data_descriptor: return "non-data descriptor";
    case attribute_kind::value: return "value";
  }
  return "value";
}

// Words for a rule, as CPython's lookup applies it.
constexpr std::string_view rule_name(lookup_rule rule) {
  switch (rule) {
    case lookup_rule::getattribute: return "type(o).__getattribute__ decides";
    case lookup_rule::data_descriptor: return "a data descriptor on the type wins over the instance dict";
    case lookup_rule::instance_dict: return "the instance dict, if it holds the name";
    case lookup_rule::non_data_descriptor: return "a non-data descriptor on the type: its __get__(o, type(o))";
    case lookup_rule::class_attribute: return "a plain class attribute on the type, returned as it is";
    case lookup_rule::getattr: return "type(o).__getattr__(o, name) answers";
    case lookup_rule::metaclass_data_descriptor: return "a data descriptor of the metaclass wins over the class's MRO";
    case lookup_rule::class_mro: return "found in the class's MRO: a descriptor's __get__(None, C), else the value";
    case lookup_rule::metaclass_attribute: return "found on the metaclass";
    case lookup_rule::not_found: return "AttributeError";
    case lookup_rule::class_not_created: return "the class cannot be created";
  }
  return "";
}

// A short text built at compile time (at most 511 characters; longer is cut).
struct explanation_text {
  char data[512]{};
  std::size_t size = 0;
  constexpr void append(std::string_view piece) {
    for (char c : piece)
      if (size + 1 < sizeof(data)) data[size++] = c;
  }
  constexpr std::string_view view() const { return {data, size}; }
  template <class Stream>
  friend Stream& operator<<(Stream& stream, const explanation_text& text) {
    stream << text.view();
    return stream;
  }
};

// How o.name (on_class false: o an instance of cls) or C.name (on_class true) is
// answered: the rule that decides, where the name was found (the class of the MRO,
// or the metaclass, whose dict defines it) and what it is there. `otherwise` is
// what answers when the rule has nothing at run time (instance_dict: no entry;
// getattribute: AttributeError); for the other rules it is the rule itself. When
// nothing is found, did_you_mean is CPython 3.13's suggestion (or empty).
struct lookup_explanation {
  std::string_view cls, name;
  bool on_class = false;
  lookup_rule rule = lookup_rule::not_found;
  lookup_rule otherwise = lookup_rule::not_found;
  std::string_view owner;
  attribute_kind kind = attribute_kind::value;
  std::string_view did_you_mean;

  constexpr bool found() const { return !owner.empty(); }

  // "A().x: a data descriptor on the type wins over the instance dict (property in B.__dict__)",
  // "A().name: the instance dict, if it holds the name; else AttributeError (field declared by B)"
  constexpr explanation_text text() const {
    explanation_text out{};
    out.append(cls);
    out.append(on_class ? "." : "().");
    out.append(name);
    out.append(": ");
    out.append(rule_name(rule));
    if (otherwise != rule) {
      out.append("; else ");
      out.append(rule_name(otherwise));
    }
    if (found()) {
      out.append(" (");
      out.append(kind_name(kind));
      out.append(kind == attribute_kind::field ? " declared by " : " in ");
      out.append(owner);
      out.append(kind == attribute_kind::field ? ")" : ".__dict__)");
    }
    if (!did_you_mean.empty()) {
      out.append(". Did you mean: '");
      out.append(did_you_mean);
      out.append("'?");
    }
    return out;
  }
  template <class Stream>
  friend Stream& operator<<(Stream& stream, const lookup_explanation& e) {
    stream << e.text().view();
    return stream;
  }
};

namespace detail {

template <class Suggested>
constexpr std::string_view suggested_name() {
  if constexpr (std::is_void_v<Suggested>)
    return {};
  else
    return Suggested::name;
}

// PyObject_GenericGetAttr's order, as instance_getattr (<klass/lookup.hpp>) applies it.
template <class C, class N>
constexpr lookup_explanation explain_instance_lookup() {
  lookup_explanation e{};
  e.cls = klass::name<C>;
  e.name = N::name;
  if constexpr (!mro_exists<C> || has_metaclass_conflict<C>) {
    e.rule = e.otherwise = lookup_rule::class_not_created;
  } else {
    using L = type_lookup<C, N>;
    constexpr bool has_getattr = user_hook<C, special::getattr>();
    constexpr lookup_rule failing = has_getattr ? lookup_rule::getattr : lookup_rule::not_found;
    auto found = [&e](std::string_view owner, attribute_kind kind) {
      e.owner = owner;
      e.kind = kind;
    };
    if constexpr (user_hook<C, special::getattribute>()) {
      using H = type_lookup<C, special::getattribute>;
      e.rule = lookup_rule::getattribute;
      e.otherwise = failing;
      found(klass::name<typename H::owner>, H::kind);
    } else if constexpr (is_data_kind<L>()) {
      e.rule = e.otherwise = lookup_rule::data_descriptor;
      found(klass::name<typename L::owner>, L::kind);
    } else if constexpr (has_slot<C, N>()) {
      e.rule = lookup_rule::instance_dict;
      if constexpr (L::found) {
        e.otherwise = L::kind == attribute_kind::value ? lookup_rule::class_attribute : lookup_rule::non_data_descriptor;
        found(klass::name<typename L::owner>, L::kind);
      } else {
        e.otherwise = failing;
        found(klass::name<typename field_lookup<C, N>::owner>, attribute_kind::field);
      }
    } else if constexpr (L::found) {
      e.rule = e.otherwise =
          L::kind == attribute_kind::value ? lookup_rule::class_attribute : lookup_rule::non_data_descriptor;
      found(klass::name<typename L::owner>, L::kind);
    } else if constexpr (has_getattr) {
      using H = type_lookup<C, special::getattr>;
      e.rule = e.otherwise = lookup_rule::getattr;
      found(klass::name<typename H::owner>, H::kind);
    } else {
      e.rule = e.otherwise = lookup_rule::not_found;
      e.did_you_mean = suggested_name<typename suggestion<C, N, false>::type>();
    }
  }
  return e;
}

// type_getattro's order, as type_getattr (<klass/lookup.hpp>) applies it.
template <class C, class N>
constexpr lookup_explanation explain_class_lookup() {
  lookup_explanation e{};
  e.cls = klass::name<C>;
  e.name = N::name;
  e.on_class = true;
  if constexpr (!mro_exists<C> || has_metaclass_conflict<C>) {
    e.rule = e.otherwise = lookup_rule::class_not_created;
  } else {
    using M = typename metaclass_info<C>::type;
    using ML = type_lookup<M, N>;
    using L = type_lookup<C, N>;
    if constexpr (metaclass_data_get<ML>()) {
      e.rule = e.otherwise = lookup_rule::metaclass_data_descriptor;
      e.owner = klass::name<typename ML::owner>;
      e.kind = ML::kind;
    } else if constexpr (L::found) {
      e.rule = e.otherwise = lookup_rule::class_mro;
      e.owner = klass::name<typename L::owner>;
      e.kind = L::kind;
    } else if constexpr (ML::found) {
      e.rule = e.otherwise = lookup_rule::metaclass_attribute;
      e.owner = klass::name<typename ML::owner>;
      e.kind = ML::kind;
    } else {
      e.rule = e.otherwise = lookup_rule::not_found;
      e.did_you_mean = suggested_name<typename suggestion<C, N, true>::type>();
    }
  }
  return e;
}

}  // namespace detail

// Beyond CPython: how getattr(o, "x"_a) is answered for an instance o of C, as a
// value usable in static_assert and printable (never an error):
//   static_assert(klass::explain_lookup<A>("x"_a).rule == klass::lookup_rule::data_descriptor);
//   std::cout << klass::explain_lookup<A>("x"_a);
template <class_type C, char... Cs>
constexpr lookup_explanation explain_lookup(attr<Cs...>) {
  return detail::explain_instance_lookup<C, attr<Cs...>>();
}
// ... and getattr(klass::cls<C>, "x"_a), C.x.
template <class C, char... Cs>
constexpr lookup_explanation explain_lookup(class_object<C>, attr<Cs...>) {
  return detail::explain_class_lookup<C, attr<Cs...>>();
}

}  // namespace klass

#endif
