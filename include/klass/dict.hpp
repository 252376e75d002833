// klass/dict.hpp — the class namespace: `static constexpr auto dict = klass::dict("x"_a = v, ...)`.
#ifndef KLASS_DICT_HPP
#define KLASS_DICT_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/names.hpp>

namespace klass {

// A class namespace: one entry per name. It derives from its entries, so reading
// an entry by name is one overload resolution, not a search.
template <class... Entries>
struct dict_t : Entries... {
  using keys = detail::type_list<typename Entries::key...>;
  using values = detail::type_list<typename Entries::value_type...>;
  static constexpr std::size_t size = sizeof...(Entries);

  // C::dict["x"_a]: the value as written in the class body (Python's C.__dict__['x']).
  template <char... Chars>
  constexpr const auto& operator[](attr<Chars...> name) const {
    static_cast<void>(name);
    return get<attr<Chars...>>(*this);
  }

  // The names, as a Hana tuple of hana::type<klass::attr<...>>, in declaration order.
  static constexpr auto names() { return boost::hana::tuple_t<typename Entries::key...>; }

 private:
  template <class Key, class Value>
  static constexpr const Value& get(const entry<Key, Value>& found) {
    return found.value;
  }
};

namespace error {
template <class Name>
struct name_given_twice_in_one_class_dict;
}  // namespace error

namespace detail {

template <class... Keys>
constexpr std::size_t first_repeated_key() {
  constexpr type_id ids[] = {id_of<Keys>..., nullptr};
  for (std::size_t i = 0; i != sizeof...(Keys); ++i)
    for (std::size_t j = i + 1; j != sizeof...(Keys); ++j)
      if (ids[i] == ids[j]) return i;
  return sizeof...(Keys);
}

template <class Name>
struct repeated_name_error {
  static void raise() {
    KLASS_DETAIL_RAISE(SyntaxError, "a name is given twice in one class dict",
                       (join<"name '", Name::fixed, "' is given twice in one class dict">),
                       error::name_given_twice_in_one_class_dict<Name>);
  }
};

}  // namespace detail

// Python lets a class body bind a name twice (the last binding wins); a klass
// dict is a single declaration, so a repeated name is a mistake and refused.
template <class... Keys, class... Values>
constexpr auto dict(entry<Keys, Values>... entries) {
  constexpr std::size_t repeated = detail::first_repeated_key<Keys...>();
  if constexpr (repeated != sizeof...(Keys)) {
    static_cast<void>(&detail::repeated_name_error<detail::at<repeated, detail::type_list<Keys...>>>::raise);
    return dict_t<>{};
  } else {
    return dict_t<entry<Keys, Values>...>{entries...};
  }
}

namespace detail {
template <class C>
concept declares_dict = requires { C::dict; };

inline constexpr dict_t<> empty_dict{};

// The namespace of a class: its `dict`, or an empty one.
template <class C>
constexpr const auto& dict_of() {
  if constexpr (declares_dict<C>)
    return C::dict;
  else
    return empty_dict;
}
template <class C>
using dict_type = std::remove_cvref_t<decltype(dict_of<C>())>;

// Where a name is in a class's own dict: its index, or npos.
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);
template <class Keys>
struct key_ids;
template <class... Keys>
struct key_ids<type_list<Keys...>> {
  static constexpr std::array<type_id, sizeof...(Keys)> value{id_of<Keys>...};
};
template <class C, class Name>
constexpr std::size_t own_index() {
  const auto& ids = key_ids<typename dict_type<C>::keys>::value;
  for (std::size_t i = 0; i != ids.size(); ++i)
    if (ids[i] == id_of<Name>) return i;
  return npos;
}
}  // namespace detail

}  // namespace klass

#endif
