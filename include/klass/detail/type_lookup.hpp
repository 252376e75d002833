// klass/detail/type_lookup.hpp — _PyType_Lookup at compile time: which class of the MRO defines a name.
#ifndef KLASS_DETAIL_TYPE_LOOKUP_HPP
#define KLASS_DETAIL_TYPE_LOOKUP_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <klass/descriptors.hpp>
#include <klass/dict.hpp>
#include <klass/mro.hpp>

namespace klass::detail {

// The kind of the entry `Name` in class `T`'s own dict, if it has one.
template <class T, class Name, std::size_t Index = own_index<T, Name>()>
struct own_entry {
  static constexpr bool found = true;
  using value_type = at<Index, typename dict_type<T>::values>;
  static constexpr attribute_kind kind = kind_of<value_type>();
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

// ---- the namespace of a class's MRO, computed once per class ------------------------
//
// Every name any class of C's MRO defines, with the first class that defines it as
// a class attribute (_PyType_Lookup's answer) and the first that declares it a
// klass::field (an instance-dict entry), found in one constant evaluation over the
// dicts laid end to end in MRO order. Lookups and the instance layout read this
// table instead of asking every class of the MRO about every name.

// FNV-1a over a name's characters: where a name starts probing in the table.
constexpr std::uint64_t name_hash(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

// A class's own dict as arrays (ids, hashes, kinds of its entries), once per class.
template <class Keys, class Values>
struct own_namespace_arrays;
template <class... Keys, class... Values>
struct own_namespace_arrays<type_list<Keys...>, type_list<Values...>> {
  static constexpr type_id ids[sizeof...(Keys) + 1] = {id_of<Keys>..., nullptr};
  static constexpr std::uint64_t hashes[sizeof...(Keys) + 1] = {name_hash(Keys::name)..., 0};
  static constexpr attribute_kind kinds[sizeof...(Keys) + 1] = {kind_of<Values>()..., attribute_kind::value};
};
template <class T>
using own_namespace =
    own_namespace_arrays<typename dict_type<T>::keys, typename dict_type<T>::values>;

// Where the instance dict of a class keeps a name, and with what type.
enum class slot_source : unsigned char {
  none,    // no entry: a data descriptor decides, or the name is a method
  member,  // a klass::member<T> slot: T
  field,   // a klass::field<T> entry: T
  shadow,  // an instance entry that may shadow a plain class attribute: its type
};

// One name of the namespace. Positions are indices in the concatenated dicts.
struct namespace_name {
  std::size_t first = 0;                  // the first entry with this name
  std::size_t class_attribute = npos;     // the first that is not a field: the class-level lookup
  std::size_t field = npos;               // the first klass::field
  attribute_kind kind = attribute_kind::value;  // of class_attribute
  slot_source slot = slot_source::none;
};

template <std::size_t Total>
struct namespace_table_data {
  static constexpr std::size_t mask = [] {
    std::size_t m = 3;
    while (m < 2 * Total) m = 2 * m + 1;
    return m;
  }();
  std::size_t count = 0;                  // distinct names
  namespace_name names[Total + 1]{};      // in first-occurrence order
  std::size_t slot_count = 0;
  std::size_t slots[Total + 1]{};         // the names (indices into `names`) with an instance entry
  std::size_t owner[Total + 1]{};         // for each entry: the MRO position of its class
  attribute_kind kind[Total + 1]{};       // for each entry: its kind
  std::size_t bucket[mask + 1]{};         // hash table: 1 + index into `names`, 0 when empty

  // The row of the name with this id and hash, or npos (entry_ids: of each entry).
  constexpr std::size_t find(type_id id, std::uint64_t hash, const type_id* entry_ids) const {
    for (std::size_t b = hash & mask; bucket[b] != 0; b = (b + 1) & mask)
      if (entry_ids[names[bucket[b] - 1].first] == id) return bucket[b] - 1;
    return npos;
  }
};

template <class MroList>
struct namespace_table;
template <class... Ts>
struct namespace_table<type_list<Ts...>> {
  static constexpr std::size_t sizes[sizeof...(Ts) + 1] = {dict_type<Ts>::size..., 0};
  static constexpr std::size_t total = (dict_type<Ts>::size + ... + 0);
  using keys = concat<typename dict_type<Ts>::keys...>;
  using values = concat<typename dict_type<Ts>::values...>;

  static constexpr std::array<type_id, total + 1> entry_ids = [] {
    std::array<type_id, total + 1> out{};
    const type_id* own[] = {own_namespace<Ts>::ids..., nullptr};
    std::size_t flat = 0;
    for (std::size_t c = 0; c != sizeof...(Ts); ++c)
      for (std::size_t i = 0; i != sizes[c]; ++i) out[flat++] = own[c][i];
    return out;
  }();

  static constexpr namespace_table_data<total> data = [] {
    namespace_table_data<total> out{};
    const std::uint64_t* hashes[] = {own_namespace<Ts>::hashes..., nullptr};
    const attribute_kind* kinds[] = {own_namespace<Ts>::kinds..., nullptr};
    std::size_t flat = 0;
    for (std::size_t c = 0; c != sizeof...(Ts); ++c) {
      for (std::size_t i = 0; i != sizes[c]; ++i, ++flat) {
        out.owner[flat] = c;
        out.kind[flat] = kinds[c][i];
        std::size_t b = hashes[c][i] & out.mask;
        while (out.bucket[b] != 0 && entry_ids[out.names[out.bucket[b] - 1].first] != entry_ids[flat])
          b = (b + 1) & out.mask;
        if (out.bucket[b] == 0) {
          out.names[out.count].first = flat;
          out.bucket[b] = ++out.count;
        }
        namespace_name& name = out.names[out.bucket[b] - 1];
        // The MRO is walked in order, so the first definition seen is the one that wins.
        if (kinds[c][i] == attribute_kind::field) {
          if (name.field == npos) name.field = flat;
        } else if (name.class_attribute == npos) {
          name.class_attribute = flat;
          name.kind = kinds[c][i];
        }
      }
    }
    // The instance dict (PyObject_GenericGetAttr's order): a data descriptor found
    // on the class decides before the instance dict, and only a member slot keeps
    // its value in the instance; otherwise a field, or a plain class attribute
    // (which an instance may shadow), gets an entry; methods and other non-data
    // descriptors do not.
    for (std::size_t n = 0; n != out.count; ++n) {
      namespace_name& name = out.names[n];
      const bool found = name.class_attribute != npos;
      if (found && (name.kind == attribute_kind::member || name.kind == attribute_kind::property ||
                    name.kind == attribute_kind::data_descriptor))
        name.slot = name.kind == attribute_kind::member ? slot_source::member : slot_source::none;
      else if (name.field != npos)
        name.slot = slot_source::field;
      else if (found && name.kind == attribute_kind::value)
        name.slot = slot_source::shadow;
      if (name.slot != slot_source::none) out.slots[out.slot_count++] = n;
    }
    return out;
  }();

  template <class Name>
  static constexpr std::size_t row = data.find(id_of<Name>, name_hash(Name::name), entry_ids.data());

  // The first entry defining Name as a class attribute in a class at MRO position
  // `from` or later (what super() looks up), or npos.
  template <class Name>
  static constexpr std::size_t class_attribute_from(std::size_t from) {
    for (std::size_t flat = 0; flat != total; ++flat)
      if (data.owner[flat] >= from && entry_ids[flat] == id_of<Name> && data.kind[flat] != attribute_kind::field)
        return flat;
    return npos;
  }
};

template <class C>
using namespace_of = namespace_table<typename mro_info<C>::list>;

// The class-level lookup of Name on C: the first class in C's MRO whose dict
// defines it decides what it is (CPython's _PyType_Lookup), memoized per (C, Name).
template <class C, class Name, std::size_t Row = namespace_of<C>::template row<Name>,
          std::size_t Entry = Row == npos ? npos : namespace_of<C>::data.names[Row].class_attribute>
struct type_lookup {
  static constexpr bool found = true;
  using owner = at<namespace_of<C>::data.owner[Entry], typename mro_info<C>::list>;
  using value_type = at<Entry, typename namespace_of<C>::values>;
  static constexpr attribute_kind kind = namespace_of<C>::data.names[Row].kind;
};
template <class C, class Name, std::size_t Row>
struct type_lookup<C, Name, Row, npos> {
  static constexpr bool found = false;
  static constexpr attribute_kind kind = attribute_kind::value;
};

// The first klass::field<T> declaration of Name in C's MRO.
template <class C, class Name, std::size_t Row = namespace_of<C>::template row<Name>,
          std::size_t Entry = Row == npos ? npos : namespace_of<C>::data.names[Row].field>
struct field_lookup {
  static constexpr bool found = true;
  using owner = at<namespace_of<C>::data.owner[Entry], typename mro_info<C>::list>;
  using value_type = typename at<Entry, typename namespace_of<C>::values>::value_type;
};
template <class C, class Name, std::size_t Row>
struct field_lookup<C, Name, Row, npos> {
  static constexpr bool found = false;
};

// Whether an instance of C keeps an entry for Name in its dict (see the table).
template <class C, class Name>
constexpr bool has_slot() {
  constexpr std::size_t row = namespace_of<C>::template row<Name>;
  if constexpr (row == npos)
    return false;
  else
    return namespace_of<C>::data.names[row].slot != slot_source::none;
}

}  // namespace klass::detail

#endif
