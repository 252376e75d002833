// klass/polymorphism/type.hpp — the object's class at run time: klass::type_of(h), klass::class_handle<B>, and isinstance through a handle.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_TYPE_HPP
#define KLASS_POLYMORPHISM_TYPE_HPP

#include <span>
#include <string_view>

#include <klass/abc.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/detail/type_id.hpp>
#include <klass/type_lookup.hpp>
#include <klass/instance.hpp>
#include <klass/names.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/table.hpp>
#include <klass/special_names.hpp>

namespace klass {

namespace error {
template <class Class> struct subclasshook_cannot_be_asked_about_a_class_known_only_at_run_time;
}  // namespace error

// A class known at run time, statically known to be B or a subclass of B (what
// typing calls type[B]): the class of an object held by a klass::handle<B>. It
// has the class's __name__ and the names of its __mro__, and compares equal to
// klass::cls<D> when it is D.
template <class B>
class class_handle {
 public:
  using base_type = B;

  // type(o).__name__
  std::string_view __name__;

  // [c.__name__ for c in type(o).__mro__]
  std::span<const std::string_view> mro_names() const noexcept {
    return {record_->mro_names, record_->mro_size};
  }

  // type(o) is D
  template <class D>
  friend bool operator==(const class_handle& self, class_object<D>) noexcept {
    return self.record_->id == detail::id_of<D>;
  }
  template <class A>
  friend bool operator==(const class_handle& self, const class_handle<A>& other) noexcept {
    return self.record_ == other.record_;
  }

 private:
  template <class>
  friend class class_handle;
  template <class X>
  friend class_handle<X> type_of(const handle<X>&) noexcept;
  explicit class_handle(const detail::class_record* record) noexcept : __name__(record->name), record_(record) {}
  const detail::class_record* record_;
};

// type(o) for an object held by a handle of B: its own class, read from its record.
template <class B>
class_handle<B> type_of(const handle<B>& self) noexcept {
  return class_handle<B>(&detail::handle_access::record(self));
}

namespace detail {

template <class X>
struct run_time_isinstance_errors {
  struct hook {
    KLASS_DETAIL_ERROR(hook, TypeError,
                       "klass cannot ask '<class>.__subclasshook__' about a class known only at run time; ask "
                       "isinstance of an exact klass::ref",
                       (join<"klass cannot ask '", fixed_name<X>,
                             ".__subclasshook__' about a class known only at run time; ask isinstance of an exact "
                             "klass::ref">),
                       error::subclasshook_cannot_be_asked_about_a_class_known_only_at_run_time<X>);
  };
};

// Whether an ABC's __subclasshook__ takes part in isinstance(o, X).
template <class X>
constexpr bool asks_subclasshook() {
  if constexpr (is_abc<X>)
    return type_lookup<X, special::subclasshook>::found;
  else
    return false;
}

// isinstance(o, X) for the class of a record: the MRO (PyType_IsSubtype) or, for an
// ABC, also the registrations (ABCMeta.__subclasscheck__ without a hook).
template <class X>
bool record_isinstance(const class_record& record) noexcept {
  if (record.id == id_of<X>) return true;  // PyObject_IsInstance: type(o) is X
  if constexpr (is_abc<X>)
    return record.find(id_of<X>) != npos;
  else
    return record.mro_contains(id_of<X>);
}

}  // namespace detail

// isinstance(o, X) for an object held by a handle of B: answered for its own
// class at run time, ABC registrations included. An ABC with a __subclasshook__
// is a compile error: its answer is computed at compile time from the class.
template <class B, class X>
bool isinstance(const handle<B>& self, class_object<X>) {
  if constexpr (detail::asks_subclasshook<X>()) {
    KLASS_DETAIL_REPORT(typename detail::run_time_isinstance_errors<X>::hook);
    return false;
  } else {
    return detail::record_isinstance<X>(detail::handle_access::record(self));
  }
}

}  // namespace klass

#endif
