// klass/detail/c3.hpp — the C3 merge as a constexpr function over arrays of type ids.
#ifndef KLASS_DETAIL_C3_HPP
#define KLASS_DETAIL_C3_HPP

#include <cstddef>
#include <cstdint>

#include <klass/detail/type_id.hpp>

namespace klass {

// Why a class's method resolution order exists or not, as CPython decides it.
enum class mro_status {
  consistent,         // the C3 merge succeeded
  duplicate_base,     // "duplicate base class A"
  inconsistent,       // "Cannot create a consistent method resolution order (MRO) for bases X, Y"
  inconsistent_base,  // a base itself cannot be created, so neither can this class
};

}  // namespace klass

namespace klass::detail {

// One input sequence of the merge: the MRO of a base, or the list of bases itself.
struct c3_sequence {
  const type_id* ids;
  const std::uint64_t* hashes;
  std::size_t size;
};

// An element of the result, named by where it was found: sequence and offset.
struct c3_position {
  std::size_t sequence = 0;
  std::size_t offset = 0;
};

template <std::size_t Total, std::size_t Sequences>
struct c3_outcome {
  mro_status status = mro_status::consistent;
  std::size_t length = 0;  // of the merge, without the class itself
  c3_position order[Total + 1]{};
  std::size_t blocking_count = 0;  // the heads CPython names when the merge fails
  c3_position blocking[Sequences + 1]{};
};

// CPython's check_duplicates: the first base that appears again is named.
template <std::size_t Total, std::size_t Sequences>
constexpr bool find_duplicate_base(const c3_sequence& bases, c3_outcome<Total, Sequences>& out) {
  for (std::size_t i = 0; i != bases.size; ++i)
    for (std::size_t j = i + 1; j != bases.size; ++j)
      if (bases.ids[i] == bases.ids[j]) {
        out.status = mro_status::duplicate_base;
        out.blocking_count = 1;
        out.blocking[0] = {Sequences - 1, i};
        return true;
      }
  return false;
}

// C3 merge, as in CPython's mro_implementation/pmerge: repeatedly take the first
// head (in sequence order) that is in no sequence's tail; if none qualifies the
// class is refused and the remaining heads, without repeats, are named.
//
// Classes are first numbered 0..D-1 through a hash table so that "is it in a
// tail?" is one counter per class instead of a scan: the whole merge is
// O(Total + length * Sequences) steps.
template <std::size_t Total, std::size_t Sequences>
constexpr c3_outcome<Total, Sequences> c3_merge(const c3_sequence* sequences) {
  c3_outcome<Total, Sequences> out{};
  if (find_duplicate_base(sequences[Sequences - 1], out)) return out;

  constexpr std::size_t buckets = [] {
    std::size_t b = 2;
    while (b < 2 * Total) b *= 2;
    return b;
  }();
  std::size_t bucket_class[buckets]{};  // class number + 1, 0 = empty
  type_id class_id[Total + 1]{};
  std::size_t class_of[Total + 1]{};  // flat position -> class number
  std::size_t tail_count[Total + 1]{};
  std::size_t begin[Sequences]{}, cursor[Sequences]{}, end[Sequences]{};

  std::size_t classes = 0, flat = 0;
  for (std::size_t s = 0; s != Sequences; ++s) {
    begin[s] = cursor[s] = flat;
    for (std::size_t k = 0; k != sequences[s].size; ++k, ++flat) {
      type_id id = sequences[s].ids[k];
      std::size_t slot = static_cast<std::size_t>(sequences[s].hashes[k]) & (buckets - 1);
      while (bucket_class[slot] != 0 && class_id[bucket_class[slot] - 1] != id)
        slot = (slot + 1) & (buckets - 1);
      if (bucket_class[slot] == 0) {
        class_id[classes] = id;
        bucket_class[slot] = ++classes;
      }
      class_of[flat] = bucket_class[slot] - 1;
      if (k != 0) ++tail_count[class_of[flat]];
    }
    end[s] = flat;
  }

  for (;;) {
    bool all_empty = true, taken = false;
    for (std::size_t s = 0; s != Sequences && !taken; ++s) {
      if (cursor[s] == end[s]) continue;
      all_empty = false;
      std::size_t candidate = class_of[cursor[s]];
      if (tail_count[candidate] != 0) continue;
      out.order[out.length++] = {s, cursor[s] - begin[s]};
      for (std::size_t t = 0; t != Sequences; ++t) {
        if (cursor[t] != end[t] && class_of[cursor[t]] == candidate) {
          ++cursor[t];
          if (cursor[t] != end[t]) --tail_count[class_of[cursor[t]]];
        }
      }
      taken = true;
    }
    if (all_empty) return out;
    if (!taken) break;
  }

  // CPython's set_mro_error: the heads of the non-empty sequences, each once.
  out.status = mro_status::inconsistent;
  bool named[Total + 1]{};
  for (std::size_t s = 0; s != Sequences; ++s) {
    if (cursor[s] == end[s] || named[class_of[cursor[s]]]) continue;
    named[class_of[cursor[s]]] = true;
    out.blocking[out.blocking_count++] = {s, cursor[s] - begin[s]};
  }
  return out;
}

}  // namespace klass::detail

#endif
