// klass/datamodel/iteration.hpp — for x in o: __iter__ and __next__, a C++ range from __iter__, or the old __getitem__ protocol.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_ITERATION_HPP
#define KLASS_DATAMODEL_ITERATION_HPP

#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/ref.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class> struct object_is_not_iterable;
template <class Returned> struct iter_returned_non_iterator;
}  // namespace error

namespace detail {

using iter_name = special::iter;
using next_name = special::next;
using getitem_name = special::getitem;

template <class C, class R>
struct iteration_errors {
  struct not_iterable {
    KLASS_DETAIL_ERROR(not_iterable, TypeError, "'<class>' object is not iterable",
                       (join<"'", fixed_name<C>, "' object is not iterable">), error::object_is_not_iterable<C>);
  };
  struct non_iterator {
    KLASS_DETAIL_ERROR(non_iterator, TypeError, "iter() returned non-iterator of type '<type>'",
                       (join<"iter() returned non-iterator of type '", python_type_fixed<R>, "'">),
                       error::iter_returned_non_iterator<R>);
  };
};

// An input iterator over what a source yields: the source's next() gives the
// next item, or nothing at the end (Python's StopIteration).
template <class Source>
class yielding_iterator {
 public:
  using value_type = typename Source::value_type;
  using difference_type = std::ptrdiff_t;
  using iterator_concept = std::input_iterator_tag;

  yielding_iterator() = default;
  explicit yielding_iterator(Source source) : source_(std::move(source)) { current_ = source_.next(); }

  const value_type& operator*() const { return *current_; }
  yielding_iterator& operator++() {
    current_ = source_.next();
    return *this;
  }
  void operator++(int) { ++*this; }
  friend bool operator==(const yielding_iterator& it, std::default_sentinel_t) { return !it.current_; }

 private:
  Source source_{};
  std::optional<value_type> current_{};
};

// tp_iternext of an iterator written in Python (slot_tp_iternext): __next__ until
// it raises StopIteration.
template <class It>
struct next_source {
  using value_type = answer_t<decltype(special_method<next_name>(std::declval<instance<It>&>())())>;
  ref<It> iterator;
  std::optional<value_type> next() {
    return catching<error::needs_exceptions<It, next_name>, stop_iteration>(
        [&] { return std::optional<value_type>(value_type(special_method<next_name>(*iterator)())); },
        [] { return std::optional<value_type>(); });
  }
};

// The sequence protocol (iterobject.c, iter_iternext): o[0], o[1], ... until
// __getitem__ raises IndexError (or StopIteration).
template <class C>
struct sequence_source {
  using value_type = answer_t<decltype(special_method<getitem_name>(std::declval<instance<C>&>())(std::ptrdiff_t{}))>;
  instance<C>* self = nullptr;
  std::ptrdiff_t index = 0;
  std::optional<value_type> next() {
    return catching<error::needs_exceptions<C, getitem_name>, index_error, stop_iteration>(
        [&] { return std::optional<value_type>(value_type(special_method<getitem_name>(*self)(index++))); },
        [] { return std::optional<value_type>(); });
  }
};

// What __iter__ gave when it is a C++ range (what iter(a_list) is to Python): the
// range's own iterators, so the loop is the one written over the range itself.
// An lvalue or a borrowed range is referred to; a range __iter__ made is kept
// alive by the iterator.
template <class Holder, class It, class End>
class range_iterator {
 public:
  using value_type = std::iter_value_t<It>;
  using difference_type = std::ptrdiff_t;
  using iterator_concept = std::input_iterator_tag;

  range_iterator() = default;
  range_iterator(Holder holder, It current, End end)
      : holder_(std::move(holder)), current_(std::move(current)), end_(std::move(end)) {}

  decltype(auto) operator*() const { return *current_; }
  range_iterator& operator++() {
    ++current_;
    return *this;
  }
  void operator++(int) { ++current_; }
  friend bool operator==(const range_iterator& it, std::default_sentinel_t) { return it.current_ == it.end_; }

 private:
  [[no_unique_address]] Holder holder_{};
  It current_{};
  End end_{};
};
struct no_holder {};

// iter(o): type(o).__iter__(o), checked as PyObject_GetIter checks it; or the
// sequence protocol; as an iterator to compare with std::default_sentinel.
template <class C>
auto iterate(instance<C>& self) {
  if constexpr (has_special<C, iter_name>) {
    using R = decltype(special_method<iter_name>(self)());
    if constexpr (klass_object<R>) {
      using It = object_class<R>;
      if constexpr (has_special<It, next_name>) {
        return yielding_iterator<next_source<It>>(next_source<It>{answer_t<R>(special_method<iter_name>(self)())});
      } else {
        return KLASS_DETAIL_REFUSED_VALUE(typename iteration_errors<C, std::remove_cvref_t<R>>::non_iterator);
      }
    } else if constexpr (std::ranges::range<std::remove_reference_t<R>>) {
      if constexpr (std::is_lvalue_reference_v<R> || std::ranges::borrowed_range<R>) {
        auto&& range = special_method<iter_name>(self)();
        return range_iterator<no_holder, std::ranges::iterator_t<std::remove_reference_t<R>>,
                              std::ranges::sentinel_t<std::remove_reference_t<R>>>(
            no_holder{}, std::ranges::begin(range), std::ranges::end(range));
      } else {
        auto range = std::make_shared<std::remove_cvref_t<R>>(special_method<iter_name>(self)());
        return range_iterator<decltype(range), std::ranges::iterator_t<std::remove_cvref_t<R>>,
                              std::ranges::sentinel_t<std::remove_cvref_t<R>>>(range, std::ranges::begin(*range),
                                                                               std::ranges::end(*range));
      }
    } else {
      return KLASS_DETAIL_REFUSED_VALUE(typename iteration_errors<C, std::remove_cvref_t<R>>::non_iterator);
    }
  } else if constexpr (has_special<C, getitem_name>) {
    return yielding_iterator<sequence_source<C>>(sequence_source<C>{&self, 0});
  } else {
    return KLASS_DETAIL_REFUSED_VALUE(typename iteration_errors<C, void>::not_iterable);
  }
}

template <class C>
inline constexpr bool is_iterable = has_special<C, iter_name> || has_special<C, getitem_name>;

}  // namespace detail

// for (auto x : o), std::ranges: iter(o) is begin(o), and the end is a sentinel.
// klass objects whose class defines __iter__ or __getitem__ are
// std::ranges::input_range; for the others begin/end do not exist (so concepts
// asking about them say no), and klass::iter(o) says Python's TypeError.
template <class C>
  requires detail::is_iterable<C>
auto begin(const ref<C>& o) {
  return detail::iterate(*o);
}
template <class C>
  requires detail::is_iterable<C>
std::default_sentinel_t end(const ref<C>&) {
  return {};
}
template <class C>
  requires detail::is_iterable<C>
auto begin(ref<C>& o) {
  return detail::iterate(*o);
}
template <class C>
  requires detail::is_iterable<C>
std::default_sentinel_t end(ref<C>&) {
  return {};
}
template <class C>
  requires detail::is_iterable<C>
auto begin(instance<C>& o) {
  return detail::iterate(o);
}
template <class C>
  requires detail::is_iterable<C>
std::default_sentinel_t end(instance<C>&) {
  return {};
}

// iter(o): an input iterator (compare it with std::default_sentinel for the end).
template <class T>
  requires detail::klass_object<T>
auto iter(const T& o) {
  return detail::iterate(detail::self_of(o));
}

}  // namespace klass

#endif
