// klass/datamodel/container.hpp — o[k], o[k] = v, del o[k], x in o: __getitem__, __setitem__, __delitem__, __contains__.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_CONTAINER_HPP
#define KLASS_DATAMODEL_CONTAINER_HPP

#include <iterator>
#include <ostream>
#include <type_traits>
#include <utility>

#include <klass/datamodel/iteration.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/datamodel/truth.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class> struct object_is_not_subscriptable;
template <class Class> struct object_does_not_support_item_assignment;
template <class Class> struct object_does_not_support_item_deletion;
template <class Class> struct argument_is_not_iterable;
}  // namespace error

namespace detail {

using setitem_name = special::setitem;
using delitem_name = special::delitem;
using contains_name = special::contains;

template <class C>
struct container_errors {
  struct not_subscriptable {
    KLASS_DETAIL_ERROR(not_subscriptable, TypeError, "'<class>' object is not subscriptable",
                       (join<"'", fixed_name<C>, "' object is not subscriptable">),
                       error::object_is_not_subscriptable<C>);
  };
  struct no_item_assignment {
    KLASS_DETAIL_ERROR(no_item_assignment, TypeError, "'<class>' object does not support item assignment",
                       (join<"'", fixed_name<C>, "' object does not support item assignment">),
                       error::object_does_not_support_item_assignment<C>);
  };
  struct no_item_deletion {
    KLASS_DETAIL_ERROR(no_item_deletion, TypeError, "'<class>' object doesn't support item deletion",
                       (join<"'", fixed_name<C>, "' object doesn't support item deletion">),
                       error::object_does_not_support_item_deletion<C>);
  };
  struct not_iterable {
    KLASS_DETAIL_ERROR(not_iterable, TypeError, "argument of type '<class>' is not iterable",
                       (join<"argument of type '", fixed_name<C>, "' is not iterable">),
                       error::argument_is_not_iterable<C>);
  };
};

// o[k] read: type(o).__getitem__(o, k). A reference the method gives is handed
// on as const: writing through o[k] is __setitem__'s business.
template <class C, class K>
decltype(auto) getitem_of(instance<C>& self, K&& key) {
  if constexpr (has_special<C, getitem_name>) {
    using R = decltype(special_method<getitem_name>(self)(std::forward<K>(key)));
    if constexpr (std::is_lvalue_reference_v<R>)
      return static_cast<const std::remove_reference_t<R>&>(special_method<getitem_name>(self)(std::forward<K>(key)));
    else
      return answer_t<R>(special_method<getitem_name>(self)(std::forward<K>(key)));
  } else {
    return KLASS_DETAIL_REFUSED_VALUE(typename container_errors<C>::not_subscriptable);
  }
}

template <class C, class K, class V>
void setitem_of(instance<C>& self, K&& key, V&& value) {
  if constexpr (has_special<C, setitem_name>)
    special_method<setitem_name>(self)(std::forward<K>(key), std::forward<V>(value));
  else
    KLASS_DETAIL_REPORT(typename container_errors<C>::no_item_assignment);
}

template <class C, class K>
void delitem_of(instance<C>& self, K&& key) {
  if constexpr (has_special<C, delitem_name>)
    special_method<delitem_name>(self)(std::forward<K>(key));
  else
    KLASS_DETAIL_REPORT(typename container_errors<C>::no_item_deletion);
}

// o[k] where type(o) has __setitem__: reads through __getitem__ when converted
// (or .get()), assignment calls __setitem__.
template <class C, class K>
class item {
 public:
  item(instance<C>& self, K key) : self_(&self), key_(std::move(key)) {}
  decltype(auto) get() const { return getitem_of(*self_, key_); }
  template <class V>
  const item& operator=(V&& value) const {
    setitem_of(*self_, key_, std::forward<V>(value));
    return *this;
  }
  const item& operator=(const item& other) const { return *this = other.get(); }
  template <class T = C>
    requires has_special<T, getitem_name>
  operator std::remove_cvref_t<decltype(getitem_of(std::declval<instance<T>&>(), std::declval<const K&>()))>() const {
    return get();
  }
  friend std::ostream& operator<<(std::ostream& out, const item& i) { return out << i.get(); }

 private:
  instance<C>* self_;
  K key_;
};

template <class C>
struct subscript_protocol {
  template <class K>
  static decltype(auto) subscript(instance<C>& self, K&& key) {
    if constexpr (has_special<C, setitem_name>)
      return item<C, std::decay_t<K>>(self, std::forward<K>(key));
    else
      return getitem_of(self, std::forward<K>(key));
  }
};

// PySequence_Contains: __contains__ (its result's truth), else a search by
// iteration comparing with PyObject_RichCompareBool (identity first, then ==).
template <class C, class X>
bool contains_of(instance<C>& self, const X& x) {
  if constexpr (has_special<C, contains_name>) {
    return klass::truth(special_method<contains_name>(self)(x));
  } else if constexpr (is_iterable<C>) {
    for (auto it = iterate(self); it != std::default_sentinel; ++it) {
      const auto& item = *it;
      if constexpr (klass_object<decltype(item)> && klass_object<X>)
        if (static_cast<const void*>(&self_of(item)) == static_cast<const void*>(&self_of(x))) return true;
      if constexpr (requires { item == x; })
        if (klass::truth(item == x)) return true;
    }
    return false;
  } else {
    KLASS_DETAIL_REPORT(typename container_errors<C>::not_iterable);
    return false;
  }
}

}  // namespace detail

// o[k], o[k] = v, del o[k], x in o, as functions (o[k] is also the handle's operator[]).
template <class T, class K>
  requires detail::klass_object<T>
decltype(auto) getitem(const T& o, K&& key) {
  return detail::getitem_of(detail::self_of(o), std::forward<K>(key));
}
template <class T, class K, class V>
  requires detail::klass_object<T>
void setitem(const T& o, K&& key, V&& value) {
  detail::setitem_of(detail::self_of(o), std::forward<K>(key), std::forward<V>(value));
}
template <class T, class K>
  requires detail::klass_object<T>
void delitem(const T& o, K&& key) {
  detail::delitem_of(detail::self_of(o), std::forward<K>(key));
}
template <class T, class X>
  requires detail::klass_object<T>
bool contains(const T& o, const X& x) {
  return detail::contains_of(detail::self_of(o), x);
}

}  // namespace klass

#endif
