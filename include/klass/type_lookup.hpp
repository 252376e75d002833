// klass/type_lookup.hpp — _PyType_Lookup at compile time: which class of the MRO defines a name.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_TYPE_LOOKUP_HPP
#define KLASS_TYPE_LOOKUP_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <klass/class_dict.hpp>
#include <klass/descriptors.hpp>
#include <klass/dict.hpp>
#include <klass/mro.hpp>

namespace klass::detail {

// ---- each class's own namespace, as a hash table -----------------------------------

// FNV-1a over a name's characters: where a name starts probing a table.
constexpr std::uint64_t name_hash(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}
template <class Name>
inline constexpr std::uint64_t hash_of = name_hash(Name::name);

// The smallest all-ones mask of at least twice `size`: tables stay half empty.
constexpr std::size_t table_mask(std::size_t size) {
  std::size_t mask = 3;
  while (mask < 2 * size) mask = 2 * mask + 1;
  return mask;
}

// A class's own dict as arrays — the ids and kinds of its entries, and an open
// addressing table from names to entries — computed once per dict.
struct own_namespace_view {
  const type_id* ids;
  const attribute_kind* kinds;
  const std::size_t* buckets;  // 1 + the entry's index, 0 when empty
  std::size_t mask;

  constexpr std::size_t find(type_id id, std::uint64_t hash) const {
    for (std::size_t b = hash & mask; buckets[b] != 0; b = (b + 1) & mask)
      if (ids[buckets[b] - 1] == id) return buckets[b] - 1;
    return npos;
  }
};

template <class Keys>
struct own_namespace_hashes;
template <class... Keys>
struct own_namespace_hashes<type_list<Keys...>> {
  static constexpr std::uint64_t value[sizeof...(Keys) + 1] = {hash_of<Keys>..., 0};
};

template <class Keys, class Values>
struct own_namespace_arrays;
template <class... Keys, class... Values>
struct own_namespace_arrays<type_list<Keys...>, type_list<Values...>> {
  static constexpr std::size_t mask = table_mask(sizeof...(Keys));
  static constexpr type_id ids[sizeof...(Keys) + 1] = {id_of<Keys>..., nullptr};
  static constexpr attribute_kind kinds[sizeof...(Keys) + 1] = {kind_of<Values>()..., attribute_kind::value};
  static constexpr std::array<std::size_t, mask + 1> buckets = [] {
    constexpr const std::uint64_t* hashes = own_namespace_hashes<type_list<Keys...>>::value;
    std::array<std::size_t, mask + 1> out{};
    for (std::size_t i = 0; i != sizeof...(Keys); ++i) {
      std::size_t b = hashes[i] & mask;
      while (out[b] != 0) b = (b + 1) & mask;  // a dict never repeats a name
      out[b] = i + 1;
    }
    return out;
  }();
  static constexpr own_namespace_view view{ids, kinds, buckets.data(), mask};
};
template <class T>
using own_namespace = own_namespace_arrays<typename dict_type<T>::keys, typename dict_type<T>::values>;

// Where Name is in class T's own dict: its index, or npos.
template <class T, class Name>
constexpr std::size_t own_index() {
  return own_namespace<T>::view.find(id_of<Name>, hash_of<Name>);
}

// The kind of the entry `Name` in class `T`'s own dict, if it has one.
template <class T, class Name, std::size_t Index = own_index<T, Name>()>
struct own_entry {
  static constexpr bool found = true;
  using value_type = at<Index, typename dict_type<T>::values>;
  static constexpr attribute_kind kind = own_namespace<T>::kinds[Index];
};
template <class T, class Name>
struct own_entry<T, Name, npos> {
  static constexpr bool found = false;
};

// Whether T's own dict defines Name as a class attribute (anything but a field,
// which is an instance-dict entry the class itself does not see).
template <class T, class Name>
constexpr bool defines_class_attribute() {
  using e = own_entry<T, Name>;
  if constexpr (e::found)
    return e::kind != attribute_kind::field;
  else
    return false;
}

// ---- a name in an MRO ------------------------------------------------------------

// Where a name is found walking an MRO: the first class whose dict defines it as a
// class attribute (_PyType_Lookup's answer), and the first that declares it a
// klass::field (an instance-dict entry). Positions are in the MRO.
struct name_location {
  std::size_t class_position = npos;
  std::size_t class_index = npos;  // in that class's own dict
  attribute_kind kind = attribute_kind::value;
  std::size_t field_position = npos;
  std::size_t field_index = npos;
};

template <class MroList>
struct mro_namespaces;
template <class... Ts>
struct mro_namespaces<type_list<Ts...>> {
  static constexpr const own_namespace_view* views[sizeof...(Ts)] = {&own_namespace<Ts>::view...};
  // One probe per class of the MRO, from position `from` on.
  static constexpr name_location find(type_id id, std::uint64_t hash, std::size_t from) {
    name_location out{};
    for (std::size_t c = from; c != sizeof...(Ts); ++c) {
      const std::size_t i = views[c]->find(id, hash);
      if (i == npos) continue;
      if (views[c]->kinds[i] == attribute_kind::field) {
        if (out.field_position == npos) out.field_position = c, out.field_index = i;
      } else if (out.class_position == npos) {
        out.class_position = c, out.class_index = i, out.kind = views[c]->kinds[i];
        if (out.field_position != npos) break;
      }
    }
    return out;
  }
};

// Name looked up in C's MRO, memoized per (C, Name).
template <class C, class Name>
inline constexpr name_location location_of =
    mro_namespaces<typename mro_info<C>::list>::find(id_of<Name>, hash_of<Name>, 0);

// The class-level lookup of Name on C: the first class in C's MRO whose dict
// defines it decides what it is (CPython's _PyType_Lookup).
template <class C, class Name, std::size_t Position = location_of<C, Name>.class_position>
struct type_lookup {
  static constexpr bool found = true;
  static constexpr std::size_t search_from = 0;    // the MRO is searched from C itself...
  static constexpr std::size_t position = Position;  // ...to the owner's position
  using owner = at<Position, typename mro_info<C>::list>;
  using value_type = at<location_of<C, Name>.class_index, typename dict_type<owner>::values>;
  static constexpr attribute_kind kind = location_of<C, Name>.kind;
};
template <class C, class Name>
struct type_lookup<C, Name, npos> {
  static constexpr bool found = false;
  static constexpr attribute_kind kind = attribute_kind::value;
};

// The first klass::field<T> declaration of Name in C's MRO.
template <class C, class Name, std::size_t Position = location_of<C, Name>.field_position>
struct field_lookup {
  static constexpr bool found = true;
  using owner = at<Position, typename mro_info<C>::list>;
  using value_type = typename at<location_of<C, Name>.field_index, typename dict_type<owner>::values>::value_type;
};
template <class C, class Name>
struct field_lookup<C, Name, npos> {
  static constexpr bool found = false;
};

// Where the instance dict of a class keeps a name, and with what type.
enum class slot_source : unsigned char {
  none,    // no entry: a data descriptor decides, or the name is a method
  member,  // a klass::member<T> slot: T
  field,   // a klass::field<T> entry: T
  shadow,  // an instance entry that may shadow a plain class attribute: its type
};

// The instance dict (PyObject_GenericGetAttr's order): a data descriptor found on
// the class decides before the instance dict, and only a member slot keeps its
// value in the instance; otherwise a field, or a plain class attribute (which an
// instance may shadow), gets an entry; methods and other non-data descriptors do not.
constexpr slot_source slot_of_location(std::size_t class_position, attribute_kind kind, std::size_t field_position) {
  const bool found = class_position != npos;
  if (found && (kind == attribute_kind::member || kind == attribute_kind::property ||
                kind == attribute_kind::data_descriptor))
    return kind == attribute_kind::member ? slot_source::member : slot_source::none;
  if (field_position != npos) return slot_source::field;
  if (found && kind == attribute_kind::value) return slot_source::shadow;
  return slot_source::none;
}

template <class C, class Name>
inline constexpr slot_source slot_source_of = slot_of_location(
    location_of<C, Name>.class_position, location_of<C, Name>.kind, location_of<C, Name>.field_position);

// Whether an instance of C keeps an entry for Name in its dict.
template <class C, class Name>
constexpr bool has_slot() {
  return slot_source_of<C, Name> != slot_source::none;
}

// ---- the whole namespace of an MRO, for an instance's layout ----------------------
//
// Every name any class of C's MRO defines, each once, with where the instance
// dict's entry for it comes from; found in one constant evaluation over the dicts
// laid end to end in MRO order. Only classes that have instances need it.

// One name of the namespace. Positions are indices in the concatenated dicts.
struct namespace_name {
  std::size_t first = 0;                  // the first entry with this name
  std::size_t class_attribute = npos;     // the first that is not a field
  std::size_t field = npos;               // the first klass::field
  attribute_kind kind = attribute_kind::value;  // of class_attribute
};

// For each instance entry, the entry naming it and the entry whose value gives
// its type, each as (position of the class in the MRO, index in its own dict):
// the types are read from that class's dict, not from all the dicts laid end to
// end (a type-list lookup costs in proportion to the list it searches).
template <std::size_t Total>
struct namespace_table_data {
  std::size_t slot_count = 0;
  std::size_t name_class[Total + 1]{};
  std::size_t name_index[Total + 1]{};
  std::size_t value_class[Total + 1]{};
  std::size_t value_index[Total + 1]{};
  slot_source slot_kind[Total + 1]{};
};

template <class MroList>
struct namespace_table;
template <class... Ts>
struct namespace_table<type_list<Ts...>> {
  static constexpr std::size_t total = (dict_type<Ts>::size + ... + 0);
  using classes = type_list<Ts...>;

  static constexpr namespace_table_data<total> data = [] {
    constexpr std::size_t sizes[] = {dict_type<Ts>::size..., 0};
    constexpr const own_namespace_view* views[] = {&own_namespace<Ts>::view..., nullptr};
    constexpr std::size_t mask = table_mask(total);
    namespace_table_data<total> out{};
    std::size_t* bucket = new std::size_t[mask + 1]{};  // 1 + index into names
    const type_id** bucket_id = new const type_id*[mask + 1]{};
    namespace_name* names = new namespace_name[total + 1]{};
    const std::uint64_t* hashes[] = {own_namespace_hashes<typename dict_type<Ts>::keys>::value..., nullptr};
    std::size_t count = 0, flat = 0;
    for (std::size_t c = 0; c != sizeof...(Ts); ++c) {
      for (std::size_t i = 0; i != sizes[c]; ++i, ++flat) {
        const type_id id = views[c]->ids[i];
        std::size_t b = hashes[c][i] & mask;
        while (bucket[b] != 0 && *bucket_id[b] != id) b = (b + 1) & mask;
        if (bucket[b] == 0) {
          names[count].first = flat;
          bucket_id[b] = &views[c]->ids[i];
          bucket[b] = ++count;
        }
        namespace_name& name = names[bucket[b] - 1];
        // The MRO is walked in order, so the first definition seen is the one that wins.
        const attribute_kind kind = views[c]->kinds[i];
        if (kind == attribute_kind::field) {
          if (name.field == npos) name.field = flat;
        } else if (name.class_attribute == npos) {
          name.class_attribute = flat;
          name.kind = kind;
        }
      }
    }
    for (std::size_t n = 0; n != count; ++n) {
      const namespace_name& name = names[n];
      const slot_source slot = slot_of_location(name.class_attribute, name.kind, name.field);
      if (slot == slot_source::none) continue;
      std::size_t c = 0, i = name.first;
      while (i >= sizes[c]) i -= sizes[c++];
      out.name_class[out.slot_count] = c;
      out.name_index[out.slot_count] = i;
      c = 0, i = slot == slot_source::field ? name.field : name.class_attribute;
      while (i >= sizes[c]) i -= sizes[c++];
      out.value_class[out.slot_count] = c;
      out.value_index[out.slot_count] = i;
      out.slot_kind[out.slot_count++] = slot;
    }
    delete[] bucket;
    delete[] bucket_id;
    delete[] names;
    return out;
  }();
};

template <class C>
using namespace_of = namespace_table<typename mro_info<C>::list>;

// The name of the instance entry I of a namespace table, and the value whose type
// it takes (a klass::field<T>, a member<T>, or a class attribute it may shadow).
template <class Table, std::size_t I>
using slot_name_at =
    at<Table::data.name_index[I], typename dict_type<at<Table::data.name_class[I], typename Table::classes>>::keys>;
template <class Table, std::size_t I>
using slot_value_at =
    at<Table::data.value_index[I], typename dict_type<at<Table::data.value_class[I], typename Table::classes>>::values>;

}  // namespace klass::detail

#endif
