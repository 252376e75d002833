// klass/polymorphism/handle.hpp — klass::handle<B>: a reference to an instance of B or of any subclass, dispatching on the object's own class.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_HANDLE_HPP
#define KLASS_POLYMORPHISM_HANDLE_HPP

#include <string>
#include <type_traits>
#include <utility>

#include <klass/error_handler.hpp>
#include <klass/class.hpp>
#include <klass/detail/attribute_errors.hpp>
#include <klass/detail/diagnostic.hpp>
#include <klass/errors.hpp>
#include <klass/instance.hpp>
#include <klass/lookup.hpp>
#include <klass/names.hpp>
#include <klass/polymorphism/conformance.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/table.hpp>

namespace klass {

template <class B>
class handle;

namespace error {
template <class Base, class Name> struct object_has_no_attribute_through_a_handle_of_the_base;
template <class Base, class Name> struct not_reachable_through_a_base_handle;
template <class Base, class Name> struct method_has_generic_parameters_state_its_signature;
template <class Base, class Name> struct per_class_value_not_reachable_through_a_base_handle;
template <class Base, class Name> struct attribute_is_set_through_a_generic_setter;
}  // namespace error

namespace detail {

// Reads a handle's parts for the functions below.
struct handle_access {
  template <class B>
  static object_header* object(const handle<B>& h) noexcept {
    return h.object_;
  }
  template <class B>
  static const table<B>& table_of(const handle<B>& h) noexcept {
    return *h.table_;
  }
  template <class B>
  static const class_record& record(const handle<B>& h) noexcept {
    return *h.table_->cls;
  }
  template <class B>
  static handle<B> make(object_header* object, const table<B>* t) noexcept {
    return handle<B>(object, t);
  }
};

template <class B, class N>
inline constexpr bool in_interface = std::is_base_of_v<table_entry<B, N>, table<B>>;

template <class B, class N>
constexpr const table_entry<B, N>& entry_of(const table<B>& t) {
  return t;
}

template <class B, class N>
struct handle_errors {
  static constexpr auto& b = fixed_name<B>;
  static constexpr void no_attribute() {
    KLASS_DETAIL_RAISE(AttributeError,
                       "'<base>' object has no attribute '<name>' (through a handle of '<base>'; the object may be a "
                       "subclass)",
                       (join<"'", b, "' object has no attribute '", N::fixed, "' (through a handle of '", b,
                             "'; the object may be a subclass)">),
                       error::object_has_no_attribute_through_a_handle_of_the_base<B, N>);
  }
  static constexpr void not_reachable() {
    KLASS_DETAIL_RAISE(AttributeError,
                       "'<name>' is not reachable through a handle of '<base>': subclasses may define it with other "
                       "arguments; use an exact klass::ref",
                       (join<"'", N::fixed, "' is not reachable through a handle of '", b,
                             "': subclasses may define it with other arguments; use an exact klass::ref">),
                       error::not_reachable_through_a_base_handle<B, N>);
  }
  static constexpr void per_class() {
    KLASS_DETAIL_RAISE(TypeError,
                       "'<name>' of '<base>' gives a value whose C++ type depends on the class it is read on: it is not "
                       "reachable through a handle of '<base>'; use an exact klass::ref",
                       (join<"'", N::fixed, "' of '", b,
                             "' gives a value whose C++ type depends on the class it is read on: it is not reachable "
                             "through a handle of '",
                             b, "'; use an exact klass::ref">),
                       error::per_class_value_not_reachable_through_a_base_handle<B, N>);
  }
  static constexpr void generic_method() {
    KLASS_DETAIL_RAISE(TypeError,
                       "method '<name>' of '<base>' has generic parameters: state its signature with "
                       "klass::signature<R(Args...)> to call it through a handle of '<base>'",
                       (join<"method '", N::fixed, "' of '", b,
                             "' has generic parameters: state its signature with klass::signature<R(Args...)> to call "
                             "it through a handle of '",
                             b, "'">),
                       error::method_has_generic_parameters_state_its_signature<B, N>);
  }
  static constexpr void generic_setter() {
    KLASS_DETAIL_RAISE(TypeError,
                       "attribute '<name>' of '<base>' is set through a generic setter: state the type it takes to set "
                       "it through a handle of '<base>'",
                       (join<"attribute '", N::fixed, "' of '", b,
                             "' is set through a generic setter: state the type it takes to set it through a handle of '",
                             b, "'">),
                       error::attribute_is_set_through_a_generic_setter<B, N>);
  }
};

// A name a handle of B cannot reach: one error, then a value that does not cascade.
template <class B, class N>
constexpr void refuse_unreachable() {
  if constexpr (outside_interface(N::name) && (type_lookup<B, N>::found || has_slot<B, N>()))
    static_cast<void>(&handle_errors<B, N>::not_reachable);
  else if constexpr (per_class_value<B, N>())
    static_cast<void>(&handle_errors<B, N>::per_class);
  else
    static_cast<void>(&handle_errors<B, N>::no_attribute);
}

}  // namespace detail

// A method found through a base-typed handle, bound to the object: calling it
// calls the method of the object's own class (one indirect call through the
// table). It refers to the object without keeping it alive, as a method bound
// to an instance found through klass::ref does.
template <class Signature>
class method;
template <class R, class... Args>
class method<R(Args...)> {
 public:
  using pointer = R (*)(detail::object_header*, Args...);
  constexpr method(detail::object_header* object, pointer call) noexcept : object_(object), call_(call) {}
  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  detail::object_header* object_;
  pointer call_;
};

// A reference to an instance of B or of any class a handle of B can hold (B in
// its MRO, or a registered virtual subclass providing every name B declares).
// Copies alias the same object and keep it alive, as klass::ref does. Attribute
// access goes through a table generated at compile time for the object's own
// class and B (when the conversion from klass::ref<D> is compiled): the object's
// class decides, with every rule of the attribute model, and only the names B
// declares are reachable, each with the one C++ type B gives it.
template <class B>
class handle {
 public:
  using base_type = B;

  // An empty handle (Python's None where an object is expected): it must be
  // given an object before use.
  handle() noexcept = default;

  // From an exact handle of any class it can hold: implicit, as passing a Circle
  // where a Shape is expected. Refused at compile time, naming the attribute,
  // where D breaks what B declares.
  template <class D>
    requires detail::handle_may_hold<D, B>
  handle(const ref<D>& object) : handle(object.get()) {}
  // From the instance itself (a method's self): explicit, as klass::ref's is.
  template <class D>
    requires detail::handle_may_hold<D, B>
  explicit handle(instance<D>& object) : handle(&object) {}
  // From a handle of a subclass (an upcast): the object keeps its class.
  template <class X>
    requires(!std::is_same_v<X, B> && detail::handle_may_hold<X, B>)
  handle(const handle<X>& other) {
    constexpr bool held = detail::check_held<X, B>();
    if constexpr (held) {
      if (!other.object_) return;
      const detail::class_record& record = *other.table_->cls;
      const std::size_t at = record.find(detail::id_of<B>);
      if (at == detail::npos || record.tables[at] == nullptr)
        detail::raise_error<type_error>(detail::message("a handle of '", klass::name<B>, "' cannot hold a '", record.name, "' object: '", record.name, "' does not keep what '", klass::name<B>, "' declares"));
      object_ = other.object_;
      table_ = static_cast<const detail::table<B>*>(record.tables[at]);
      retain();
    }
  }

  handle(const handle& other) noexcept : object_(other.object_), table_(other.table_) { retain(); }
  handle(handle&& other) noexcept
      : object_(std::exchange(other.object_, nullptr)), table_(std::exchange(other.table_, nullptr)) {}
  handle& operator=(handle other) noexcept {
    std::swap(object_, other.object_);
    std::swap(table_, other.table_);
    return *this;
  }
  ~handle() {
    if (object_ && object_->drop_reference()) table_->cls->destroy(object_);
  }

  // bool(o): the object's own class's truth (__bool__, else __len__, else true),
  // as klass::ref's; an empty handle stands for None: false (klass::is_none).
  explicit operator bool() const { return object_ != nullptr && table_->cls->truth(object_); }

 private:
  friend struct detail::handle_access;
  template <class>
  friend class handle;

  template <class D>
  explicit handle(instance<D>* object) {
    constexpr bool held = detail::check_held<D, B>();
    if constexpr (held) {
      if (!object) return;
      object_ = object;
      table_ = &detail::table_of<D, B>::value;
      retain();
    }
  }
  handle(detail::object_header* object, const detail::table<B>* t) noexcept : object_(object), table_(t) { retain(); }

  void retain() const noexcept {
    if (object_) object_->add_reference();
  }

  detail::object_header* object_ = nullptr;
  const detail::table<B>* table_ = nullptr;
};

// getattr(o, "x"_a) through a handle of B: what the object's own class gives
// (PyObject_GenericGetAttr or its hooks, on type(o)), as the type B gives it.
// A method comes back bound (klass::method); a name B does not declare is a
// compile error.
template <class B, char... Cs>
decltype(auto) getattr(const handle<B>& self, attr<Cs...>) {
  using N = attr<Cs...>;
  if constexpr (!detail::in_interface<B, N>) {
    detail::refuse_unreachable<B, N>();
    return detail::refused{};
  } else {
    using access = detail::get_access<B, N>;
    const auto& entry = detail::entry_of<B, N>(detail::handle_access::table_of(self));
    if constexpr (access::mode == detail::get_mode::value) {
      return entry.get(detail::handle_access::object(self));
    } else if constexpr (access::mode == detail::get_mode::method) {
      return method<typename access::signature::type>(detail::handle_access::object(self), entry.get);
    } else if constexpr (access::mode == detail::get_mode::generic_method) {
      static_cast<void>(&detail::handle_errors<B, N>::generic_method);
      return detail::refused{};
    } else {
      // B's own refusal (a property without a getter, ...), in B's words.
      static_cast<void>(&detail::instance_getattr<B, N, instance<B>>);
      return detail::refused{};
    }
  }
}

// setattr(o, "x"_a, v) through a handle of B: v becomes the type B's attribute
// takes, then the object's own class sets it.
template <class B, char... Cs, class Value>
void setattr(const handle<B>& self, attr<Cs...>, Value&& value) {
  using N = attr<Cs...>;
  if constexpr (!detail::in_interface<B, N>) {
    detail::refuse_unreachable<B, N>();
  } else {
    using set = detail::set_access<B, N>;
    if constexpr (set::mode == detail::set_mode::typed) {
      typename set::type converted = std::forward<Value>(value);
      detail::entry_of<B, N>(detail::handle_access::table_of(self))
          .assign(detail::handle_access::object(self), std::move(converted));
    } else if constexpr (set::mode == detail::set_mode::generic) {
      static_cast<void>(&detail::handle_errors<B, N>::generic_setter);
    } else {
      static_cast<void>(&detail::generic_setattr<B, N, instance<B>, Value>);
    }
  }
}

// delattr(o, "x"_a) through a handle of B.
template <class B, char... Cs>
void delattr(const handle<B>& self, attr<Cs...>) {
  using N = attr<Cs...>;
  if constexpr (!detail::in_interface<B, N>) {
    detail::refuse_unreachable<B, N>();
  } else if constexpr (detail::deletable<B, N>()) {
    detail::entry_of<B, N>(detail::handle_access::table_of(self)).remove(detail::handle_access::object(self));
  } else {
    static_cast<void>(&detail::generic_delattr<B, N, instance<B>>);
  }
}

// hasattr(o, "x"_a) through a handle of B: asked of the object's own class, for
// any name (a name B does not declare is looked up in the class's table of names).
template <class B, char... Cs>
bool hasattr(const handle<B>& self, attr<Cs...>) {
  using N = attr<Cs...>;
  if constexpr (detail::in_interface<B, N>)
    return detail::entry_of<B, N>(detail::handle_access::table_of(self)).has(detail::handle_access::object(self));
  else
    return detail::handle_access::record(self).hasattr(detail::handle_access::object(self),
                                                       detail::name_key::of<N>());
}

// o is None: an empty handle (or exact handle) refers to no object.
template <class B>
bool is_none(const handle<B>& self) noexcept {
  return detail::handle_access::object(self) == nullptr;
}
template <class C>
bool is_none(const ref<C>& self) noexcept {
  return self.get() == nullptr;
}

// a is b, for handles and exact references alike.
template <class A, class B>
bool is(const handle<A>& a, const handle<B>& b) noexcept {
  return detail::handle_access::object(a) == detail::handle_access::object(b);
}
template <class A, class C>
bool is(const handle<A>& a, const ref<C>& b) noexcept {
  return detail::handle_access::object(a) == static_cast<detail::object_header*>(b.get());
}
template <class C, class A>
bool is(const ref<C>& a, const handle<A>& b) noexcept {
  return klass::is(b, a);
}

}  // namespace klass

#endif
