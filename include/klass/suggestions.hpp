// klass/suggestions.hpp — "Did you mean: 'name'?": the nearest declared name, as CPython 3.13 finds it.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_SUGGESTIONS_HPP
#define KLASS_SUGGESTIONS_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <klass/descriptors.hpp>
#include <klass/detail/fixed_string.hpp>
#include <klass/detail/type_list.hpp>
#include <klass/class_dict.hpp>
#include <klass/dict.hpp>
#include <klass/mro.hpp>

namespace klass::detail {

// CPython's suggestion for an AttributeError (traceback._compute_suggestion_error,
// then Python/suggestions.c's calculate_suggestions): a letter added, removed or
// replaced costs 2, a change of case 1 (after common prefixes and suffixes are cut,
// what remains of either name over 40 characters matches nothing); a name within a
// third of the characters involved is a candidate, the nearest wins (the first in
// sorted order on a tie); nothing among 750 names or more, never the name itself,
// and names starting with '_' only for a name starting with '_'.
inline constexpr std::size_t suggestion_move_cost = 2;
inline constexpr std::size_t suggestion_case_cost = 1;
inline constexpr std::size_t suggestion_max_string = 40;
inline constexpr std::size_t suggestion_max_candidates = 750;

constexpr std::size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return suggestion_move_cost;
  if (a == b) return 0;
  auto lower = [](char c) { return 'A' <= c && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  return lower(a) == lower(b) ? suggestion_case_cost : suggestion_move_cost;
}

// The distance from a to b, or more than max_cost when it exceeds it.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * suggestion_move_cost;
  if (a.size() > suggestion_max_string || b.size() > suggestion_max_string) return max_cost + 1;
  if (b.size() < a.size()) {
    std::string_view t = a;
    a = b;
    b = t;
  }
  if ((b.size() - a.size()) * suggestion_move_cost > max_cost) return max_cost + 1;
  // One row of the matrix, updated in place: row[i] is the cost from b[:j] to a[:i + 1].
  std::size_t row[suggestion_max_string]{};
  for (std::size_t i = 0; i != a.size(); ++i) row[i] = (i + 1) * suggestion_move_cost;
  std::size_t result = 0;
  for (std::size_t j = 0; j != b.size(); ++j) {
    std::size_t distance = j * suggestion_move_cost;
    result = distance;
    std::size_t minimum = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i != a.size(); ++i) {
      const std::size_t substitute = distance + substitution_cost(b[j], a[i]);
      distance = row[i];
      const std::size_t insert_delete = (result < distance ? result : distance) + suggestion_move_cost;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The index of the name to suggest among `count` names (those with usable[i]),
// or `count` for none. The names are taken in sorted order, each once, as dir() has them.
constexpr std::size_t closest_name(const std::string_view* names, const bool* usable, std::size_t count,
                                   std::string_view wrong) {
  if (wrong.empty()) return count;
  const bool hide_underscored = wrong.empty() || wrong.front() != '_';
  auto candidate = [&](std::size_t i) {
    return usable[i] && !(hide_underscored && !names[i].empty() && names[i].front() == '_');
  };
  std::size_t distinct = 0;
  for (std::size_t i = 0; i != count; ++i) {
    if (!candidate(i)) continue;
    bool seen = false;
    for (std::size_t k = 0; k != i && !seen; ++k) seen = candidate(k) && names[k] == names[i];
    if (!seen) ++distinct;
  }
  if (distinct >= suggestion_max_candidates) return count;
  // CPython takes them in sorted order, each within its own limit and nearer than
  // the best so far: the nearest overall, the first in sorted order on a tie.
  std::size_t best = count, best_distance = 0;
  for (std::size_t i = 0; i != count; ++i) {
    if (!candidate(i) || names[i] == wrong) continue;
    const std::size_t limit = (names[i].size() + wrong.size() + 3) * suggestion_move_cost / 6;
    const std::size_t d = edit_distance(wrong, names[i], limit);
    if (d > limit) continue;
    if (best == count || d < best_distance || (d == best_distance && names[i] < names[best])) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

// Every name the dicts of C's MRO define, and whether each is seen on the class
// (a klass::field is an instance-dict entry only: dir(C) does not list it).
template <class MroList>
struct mro_names;
template <class... Ts>
struct mro_names<type_list<Ts...>> {
  using keys = concat<typename dict_type<Ts>::keys...>;
  using values = concat<typename dict_type<Ts>::values...>;
  static constexpr std::size_t count = keys::size;
  struct tables_t {
    std::string_view names[count + 1];
    bool on_class[count + 1];
    bool on_instance[count + 1];
  };
  template <class... Keys, class... Values>
  static constexpr tables_t make(type_list<Keys...>, type_list<Values...>) {
    const std::string_view names[] = {Keys::name..., {}};
    const bool on_class[] = {(kind_of<Values>() != attribute_kind::field)..., false};
    tables_t out{};
    for (std::size_t i = 0; i != count; ++i) {
      out.names[i] = names[i];
      out.on_class[i] = on_class[i];
      out.on_instance[i] = true;
    }
    return out;
  }
  static constexpr auto tables = make(keys{}, values{});
};

template <bool Found, class Keys, std::size_t I>
struct suggested {
  using type = void;
};
template <class Keys, std::size_t I>
struct suggested<true, Keys, I> {
  using type = at<I, Keys>;
};

// The name CPython would suggest for Name missing on an instance of C (OnClass:
// on the class C itself): a klass::attr type, or void.
template <class C, class Name, bool OnClass>
struct suggestion {
  using names = mro_names<typename mro_info<C>::list>;
  static constexpr std::size_t index = closest_name(names::tables.names,
                                                    OnClass ? names::tables.on_class : names::tables.on_instance,
                                                    names::count, Name::name);
  using type = typename suggested<(index < names::count), typename names::keys, index>::type;
};

// ". Did you mean: 'name'?", or nothing.
template <class Suggested>
inline constexpr auto did_you_mean_text = join<". Did you mean: '", Suggested::fixed, "'?">;
template <>
inline constexpr auto did_you_mean_text<void> = fixed_string<0>{};

}  // namespace klass::detail

#endif
