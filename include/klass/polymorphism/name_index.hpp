// klass/polymorphism/name_index.hpp — a class's names as a table built at compile time, searched by a name known only at run time.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_NAME_INDEX_HPP
#define KLASS_POLYMORPHISM_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include <klass/error_handler.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/detail/type_lookup.hpp>
#include <klass/detail/attribute_errors.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/polymorphism/interface.hpp>

namespace klass::detail {

// A name to look up at run time: its text and hash, and its identity when it is
// a compile-time name (klass::attr), whose hash is then computed by the compiler.
struct name_key {
  std::string_view name;
  std::uint64_t hash;
  type_id id = nullptr;
  static constexpr name_key of(std::string_view name) noexcept { return {name, name_hash(name)}; }
  template <class N>
  static constexpr name_key of() noexcept {
    return {N::name, hash_of<N>, id_of<N>};
  }
};

// Open addressing over the names' FNV-1a hashes (the ones the compile-time
// lookup uses), at most half full: a search hashes the name once and compares
// it with the one or two names found in its probe run.
template <class Names>
struct name_index;
template <class... Names>
struct name_index<type_list<Names...>> {
  static constexpr std::size_t count = sizeof...(Names);
  static constexpr std::string_view names[count + 1] = {Names::name..., {}};
  static constexpr std::uint64_t hashes[count + 1] = {hash_of<Names>..., 0};
  static constexpr std::size_t mask = table_mask(count);
  static constexpr std::array<std::size_t, mask + 1> buckets = [] {  // 1 + index, 0 when empty
    std::array<std::size_t, mask + 1> out{};
    for (std::size_t i = 0; i != count; ++i) {
      std::size_t b = hashes[i] & mask;
      while (out[b] != 0) b = (b + 1) & mask;
      out[b] = i + 1;
    }
    return out;
  }();

  static constexpr type_id ids[count + 1] = {id_of<Names>..., nullptr};

  // The position of a name among Names, or npos: by its identity when the name
  // was known at compile time (no characters compared), else by its text.
  static constexpr std::size_t find(const name_key& key) noexcept {
    for (std::size_t b = key.hash & mask; buckets[b] != 0; b = (b + 1) & mask) {
      const std::size_t i = buckets[b] - 1;
      if (key.id ? ids[i] == key.id : hashes[i] == key.hash && names[i] == key.name) return i;
    }
    return npos;
  }
  static constexpr std::size_t find(std::string_view name) noexcept { return find(name_key::of(name)); }
};

// ---- a name no class of the MRO defines: only the attribute hooks can answer -------

// A hook of C (__getattribute__ or __getattr__) that can be called with a name
// known only at run time: written with a std::string_view parameter (klass
// passes a compile-time name, which converts to one, wherever it knows it).
template <class C, class Hook>
constexpr bool hook_takes_runtime_names() {
  using L = type_lookup<C, Hook>;
  if constexpr (user_hook<C, Hook>() && L::kind == attribute_kind::function)
    return std::is_invocable_v<const typename L::value_type&, instance<C>&, std::string_view>;
  else
    return false;
}

template <class C>
inline constexpr bool has_attribute_hooks = user_hook<C, special::getattribute>() || user_hook<C, special::getattr>();

// Whether klass can answer getattr(o, name) on an instance of C for any name known
// only at run time: C has no attribute hook, or its hooks take a std::string_view.
template <class C>
inline constexpr bool answers_runtime_names =
    (!user_hook<C, special::getattribute>() || hook_takes_runtime_names<C, special::getattribute>()) &&
    (!user_hook<C, special::getattr>() || hook_takes_runtime_names<C, special::getattr>());

// "'C' object has no attribute 'name'", for a name known at run time.
template <class C>
[[noreturn]] void raise_no_attribute(std::string_view name) {
  detail::raise_error<attribute_error>(detail::message("'", klass::name<C>, "' object has no attribute '", name, "'"));
}

// slot_tp_getattr_hook for a name that no class of C's MRO defines: the generic
// protocol finds nothing, so __getattribute__ (when C has its own) and then
// __getattr__ answer, or AttributeError.
template <class C>
decltype(auto) hook_getattr(instance<C>& self, std::string_view name) {
  using getattribute = type_lookup<C, special::getattribute>;
  using getattr = type_lookup<C, special::getattr>;
  if constexpr (user_hook<C, special::getattribute>() && user_hook<C, special::getattr>()) {
    using primary = std::decay_t<decltype(class_level_get<C, special::getattribute, getattribute>(self)(name))>;
    using fallback = std::decay_t<decltype(class_level_get<C, special::getattr, getattr>(self)(name))>;
    using result = std::common_type_t<primary, fallback>;
    return catching<error::needs_exceptions<C, special::getattribute>, attribute_error>(
        [&] { return result(class_level_get<C, special::getattribute, getattribute>(self)(name)); },
        [&] { return result(class_level_get<C, special::getattr, getattr>(self)(name)); });
  } else if constexpr (user_hook<C, special::getattribute>()) {
    return class_level_get<C, special::getattribute, getattribute>(self)(name);
  } else {
    return class_level_get<C, special::getattr, getattr>(self)(name);
  }
}

// hasattr(o, name) on an instance of C, the name known at run time. The names of
// C's namespace are found in its table and asked as compile-time names; any other
// name only the hooks can have. Where the hooks cannot take a run-time name this
// throws klass::type_error (the compile-time entry points refuse it instead).
// What getattr raises at run time where the compile-time getattr refuses, for a
// name a program only knows at run time (the texts of attribute_errors).
template <class C, class N>
[[noreturn]] void raise_refused_get() {
  using L = type_lookup<C, N>;
  if constexpr (is_data_kind<L>() && L::kind == attribute_kind::property)
    detail::raise_error<attribute_error>(join<"property '", N::fixed, "' of '", fixed_name<C>, "' object has no getter">.text);
  else if constexpr (user_hook<C, special::getattr>() || user_hook<C, special::getattribute>())
    detail::raise_error<type_error>(join<"'", fixed_name<C>, ".__getattr__' must give a C++ type compatible with what lookup of '",
                          N::fixed, "' gives">.text);
  else if constexpr (L::found && has_slot<C, N>())
    detail::raise_error<type_error>(join<"instance attribute '", N::fixed, "' of '", fixed_name<C>,
                          "' and the class attribute it shadows must have one C++ type">.text);
  else
    detail::raise_error<attribute_error>(join<"'", fixed_name<C>, "' object has no attribute '", N::fixed, "'">.text);
}

template <class C, class N>
bool hasattr_thunk(object_header* self);
inline bool always_has(object_header*) { return true; }
inline bool never_has(object_header*) { return false; }

// The function answering hasattr(o, N) for an instance of C: one shared by every
// (class, name) pair whose answer is known at compile time (instance_hasattr's
// static cases: nothing can be found, or what is found cannot fail), else one
// that asks.
template <class C, class N>
constexpr bool (*hasattr_entry())(object_header*) {
  constexpr bool hooks = has_attribute_hooks<C>;
  using L = type_lookup<C, N>;
  if constexpr (!hooks && !may_find<C, N>)
    return &never_has;
  else if constexpr (!hooks && certainly_found<L>() && !(has_slot<C, N>() && field_lookup<C, N>::found))
    return &always_has;
  else
    return &hasattr_thunk<C, N>;
}

template <class C, class N>
bool hasattr_thunk(object_header* self) {
  if constexpr (get_refused<C, N>()) {
    // hasattr: getattr raises AttributeError, so the answer is False
    return catching<error::needs_exceptions<C, N>, attribute_error>([] { raise_refused_get<C, N>(); return true; },
                                                                   [] { return false; });
  } else {
    return klass::hasattr(*static_cast<instance<C>*>(self), N{});
  }
}
template <class C, class Names = namespace_names<C>>
struct runtime_hasattr;
template <class C, class... Names>
struct runtime_hasattr<C, type_list<Names...>> {
  static constexpr bool (*each[sizeof...(Names) + 1])(object_header*) = {hasattr_entry<C, Names>()..., nullptr};
  static bool ask(object_header* object, const name_key& key) {
    const std::size_t i = name_index<type_list<Names...>>::find(key);
    if (i != npos) return each[i](object);
    const std::string_view name = key.name;
    if constexpr (!has_attribute_hooks<C>) {
      return false;
    } else if constexpr (!answers_runtime_names<C>) {
      detail::raise_error<type_error>(detail::message("klass cannot ask the attribute hooks of '", klass::name<C>, "' about a name known only at run time ('", name, "'): give their name parameter the type std::string_view"));
    } else {
      return catching<error::needs_exceptions<C, special::getattr>, attribute_error>(
          [&] { static_cast<void>(hook_getattr(*static_cast<instance<C>*>(object), name)); return true; },
          [] { return false; });
    }
  }
};

}  // namespace klass::detail

#endif
