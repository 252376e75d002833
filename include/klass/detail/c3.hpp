// klass/detail/c3.hpp — the C3 merge (CPython's mro_implementation) as one constexpr function over linearization nodes.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_C3_HPP
#define KLASS_DETAIL_C3_HPP

#include <cstddef>
#include <cstdint>

#include <klass/detail/type_id.hpp>

namespace klass::detail {

// What the merge of one class's bases gives (klass::mro_status, <klass/mro.hpp>,
// says it for the class, its bases' failures included).
enum class c3_status {
  consistent,      // the C3 merge succeeded
  duplicate_base,  // "duplicate base class A"
  inconsistent,    // "Cannot create a consistent method resolution order (MRO) for bases X, Y"
};

// The linearization (MRO) of one class whose MRO exists, as the merges of its
// subclasses read it. There is exactly one node per class, so classes are
// compared by node address. The MRO is the class itself followed by either the
// MRO of its single base (`base`) or the result of its own merge (`rest`, the
// `size - 1` nodes after the class): single inheritance stores nothing per element.
struct mro_node {
  type_id id;              // id_of<the class>, for issubclass
  std::uint64_t key;       // spreads classes over the merge's hash table (see mro_key)
  std::size_t size;        // length of the MRO, the class included
  const mro_node* base;    // single inheritance: the rest of the MRO is the base's
  const mro_node* const* rest;  // after a merge: the rest of the MRO
};

// A class's hash key, from its bases' keys. Classes with identical bases share
// a key; equality is always decided by node address, so a collision costs a
// probe, never correctness. No type names are read.
constexpr std::uint64_t mro_key(const mro_node* const* bases, std::size_t count) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull + count;
  for (std::size_t i = 0; i != count; ++i) {
    h = (h ^ bases[i]->key) * 0x100000001b3ull;
    h ^= h >> 31;
  }
  return h;
}
constexpr std::uint64_t mro_key(const mro_node& base) {
  const mro_node* bases[] = {&base};
  return mro_key(bases, 1);
}

// Whether the MRO starting at `node` contains the class `id` (issubclass).
constexpr bool mro_contains(const mro_node* node, type_id id) {
  for (; node != nullptr; node = node->base) {
    if (node->id == id) return true;
    if (node->rest != nullptr) {
      for (std::size_t i = 0; i + 1 < node->size; ++i)
        if (node->rest[i]->id == id) return true;
      return false;
    }
  }
  return false;
}

// An element of the result is named by where it was found: its index in the
// concatenation of the merged sequences (the MRO of each base, in order, then
// the list of bases), so one type-list lookup turns it back into a class.
using c3_position = std::size_t;

// Why a merge fails, beyond the heads CPython names: ordering constraints that
// contradict each other, a cycle. The i-th says that the class at before[i]
// precedes the class at after[i] in sequence[i] (a base's MRO, by its index, or
// the list of bases, index `count`); after[i] is before[i + 1], and the last
// after is the first before.
struct c3_cycle {
  std::size_t count = 0;
  c3_position before[64]{};
  c3_position after[64]{};
  std::size_t sequence[64]{};
};

// Total bounds the merge's length: the sum of the bases' MRO lengths plus the bases.
template <std::size_t Total, std::size_t Bases>
struct c3_outcome {
  c3_status status = c3_status::consistent;
  std::size_t length = 0;          // of the merge, without the class itself
  std::size_t blocking_count = 0;  // the classes CPython names when it refuses
  c3_position order[Total]{};      // where each element of the merge was taken
  const mro_node* nodes[Total]{};  // the merge itself: `rest` of the class's node
  c3_position blocking[Bases + 1]{};
};

// Where c3_merge_into writes; one non-template function serves every outcome size.
struct c3_result {
  c3_status& status;
  std::size_t& length;
  std::size_t& blocking_count;
  c3_position* order;
  const mro_node** nodes;
  c3_position* blocking;
  c3_cycle* cycle;  // where to explain a refusal, or nullptr
};

// Beyond CPython: when no head can be taken, each head h is in the tail of some
// sequence t, whose head must then precede h. Following "h waits for the head of
// the first sequence holding h in its tail" from the first head must come back to
// a head already seen: the constraints along that loop contradict each other.
constexpr void c3_explain(const std::size_t* cursor, const std::size_t* end, const std::size_t* slot_of,
                          std::size_t sequences, c3_cycle& cycle) {
  // For a head (by its sequence), the sequence it waits for and where it sits there.
  auto waits_for = [&](std::size_t s, std::size_t& where) {
    const std::size_t h = slot_of[cursor[s]];
    for (std::size_t t = 0; t != sequences; ++t)
      for (std::size_t p = cursor[t] + 1; p < end[t]; ++p)
        if (slot_of[p] == h) {
          where = p;
          return t;
        }
    return sequences;  // not reached: every head is in some tail
  };
  std::size_t first = 0;
  while (first != sequences && cursor[first] == end[first]) ++first;
  // Walk from the first head; seen[k] = the step at which sequence k's head was reached.
  std::size_t path[64]{}, where[64]{}, waits[64]{};
  std::size_t steps = 0, s = first, loop_start = 0;
  for (; steps != 64; ++steps) {
    bool again = false;
    for (std::size_t k = 0; k != steps; ++k)
      if (slot_of[cursor[path[k]]] == slot_of[cursor[s]]) {
        loop_start = k;
        again = true;
        break;
      }
    if (again) break;
    path[steps] = s;
    waits[steps] = waits_for(s, where[steps]);
    if (waits[steps] == sequences) return;
    s = waits[steps];
  }
  // The loop, in the order "a precedes b, b precedes c, ... precedes a": the head
  // each one waits for comes first.
  for (std::size_t k = steps; k-- > loop_start;) {
    cycle.before[cycle.count] = cursor[waits[k]];
    cycle.after[cycle.count] = where[k];
    cycle.sequence[cycle.count++] = waits[k];
  }
}

// CPython's mro_implementation for `count` >= 2 bases (one base skips the merge):
//  1. check_duplicates: the first base that appears again is named;
//  2. pmerge: repeatedly take the first head, in sequence order, that is in no
//     sequence's tail; it leaves the head of every sequence it heads;
//  3. set_mro_error when no head qualifies: the heads of the non-empty
//     sequences, in order and each once, are named.
// Each class gets a slot of a hash table on its key, holding how many tails
// contain it, so "is it in a tail?" is one read: O(total + length * count)
// steps. The scratch arrays live on the constant-evaluation heap and are freed
// before returning. (clang evaluates constant expressions node by node, so the
// loops are kept short: this function is most of the cost of a merge there.)
constexpr void c3_merge_into(const mro_node* const* bases, std::size_t count, std::size_t total,
                             c3_result out) {
  for (std::size_t i = 0; i != count; ++i)
    for (std::size_t j = i + 1; j != count; ++j)
      if (bases[i] == bases[j]) {
        out.status = c3_status::duplicate_base;
        out.blocking_count = 1;
        out.blocking[0] = total - count + i;  // in the list of bases
        return;
      }

  std::size_t mask = 3;
  while (mask < 2 * total) mask = 2 * mask + 1;
  const std::size_t sequences = count + 1;
  const mro_node** slot_node = new const mro_node*[mask + 1]{};
  std::size_t* tail_count = new std::size_t[mask + 1]{};
  std::size_t* slot_of = new std::size_t[total];             // flat position -> slot
  std::size_t* bounds = new std::size_t[2 * sequences];      // cursor and end of each sequence
  std::size_t *cursor = bounds, *end = bounds + sequences;

  std::size_t flat = 0;
  auto add = [&](const mro_node* node, bool in_tail) {
    std::size_t slot = node->key & mask;
    while (slot_node[slot] != node && slot_node[slot] != nullptr) slot = (slot + 1) & mask;
    slot_node[slot] = node;
    slot_of[flat++] = slot;
    if (in_tail) ++tail_count[slot];
  };
  for (std::size_t s = 0; s != count; ++s) {
    // The MRO of base s: its single-inheritance chain, then the rest of the
    // first class in the chain that had a merge.
    cursor[s] = flat;
    for (const mro_node* node = bases[s]; node != nullptr; node = node->base) {
      add(node, node != bases[s]);
      if (node->rest != nullptr) {
        for (std::size_t i = 0, n = node->size - 1; i != n; ++i) add(node->rest[i], true);
        break;
      }
    }
    end[s] = flat;
  }
  cursor[count] = flat;
  for (std::size_t i = 0; i != count; ++i) add(bases[i], i != 0);
  end[count] = flat;

  std::size_t length = 0;
  for (;;) {
    std::size_t s = 0, heads = 0;
    for (; s != sequences; ++s) {
      if (cursor[s] == end[s]) continue;
      ++heads;
      if (tail_count[slot_of[cursor[s]]] == 0) break;
    }
    if (s == sequences) {
      if (heads != 0) {  // set_mro_error: every head is in some tail
        out.status = c3_status::inconsistent;
        if (out.cycle != nullptr) c3_explain(cursor, end, slot_of, sequences, *out.cycle);
        std::size_t named = 0;
        for (std::size_t t = 0; t != sequences; ++t) {
          if (cursor[t] == end[t] || tail_count[slot_of[cursor[t]]] == ~std::size_t{0}) continue;
          tail_count[slot_of[cursor[t]]] = ~std::size_t{0};  // named once
          out.blocking[named++] = cursor[t];
        }
        out.blocking_count = named;
      }
      break;
    }
    // Take the head of sequence s; no earlier sequence has it as its head.
    const std::size_t taken = slot_of[cursor[s]];
    out.order[length] = cursor[s];
    out.nodes[length++] = slot_node[taken];
    for (std::size_t t = s; t != sequences; ++t)
      if (cursor[t] != end[t] && slot_of[cursor[t]] == taken && ++cursor[t] != end[t])
        --tail_count[slot_of[cursor[t]]];
  }
  out.length = length;
  delete[] slot_node;
  delete[] tail_count;
  delete[] slot_of;
  delete[] bounds;
}

template <std::size_t Total, std::size_t Bases>
constexpr c3_outcome<Total, Bases> c3_merge(const mro_node* const* bases) {
  c3_outcome<Total, Bases> out{};
  c3_merge_into(bases, Bases, Total,
                {out.status, out.length, out.blocking_count, out.order, out.nodes, out.blocking, nullptr});
  return out;
}

// The constraints that make a refused merge fail (the merge replayed: only a
// refusal asks for it).
template <std::size_t Total, std::size_t Bases>
constexpr c3_cycle c3_conflict(const mro_node* const* bases) {
  c3_outcome<Total, Bases> out{};
  c3_cycle cycle{};
  c3_merge_into(bases, Bases, Total,
                {out.status, out.length, out.blocking_count, out.order, out.nodes, out.blocking, &cycle});
  return cycle;
}

}  // namespace klass::detail

#endif
