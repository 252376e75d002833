// klass/ref.hpp — klass::ref<C>, the reference to an instance that calling a class gives, and Python's `is`.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_REF_HPP
#define KLASS_REF_HPP

#include <utility>

#include <klass/class_object.hpp>
#include <klass/instance.hpp>

namespace klass {

namespace detail {
// The last reference to an object went (a klass::ref or a klass::handle): its
// __del__, once, then the object is freed (<klass/datamodel/lifetime.hpp>).
template <class C>
void release_last_reference(instance<C>* object) {
  if constexpr (type_lookup<C, special::del>::found) finalizer<C>::finalize(*object);
  delete object;
}
}  // namespace detail

// A reference to an instance, with Python's semantics: copies alias the same
// object, and the object lives while a reference to it exists.
template <class C>
class ref {
 public:
  using klass_type = C;

  ref() = default;
  explicit ref(instance<C>& object) : object_(&object) { object_->add_reference(); }
  ref(const ref& other) : object_(other.object_) {
    if (object_) object_->add_reference();
  }
  ref(ref&& other) noexcept : object_(std::exchange(other.object_, nullptr)) {}
  ref& operator=(ref other) noexcept {
    std::swap(object_, other.object_);
    return *this;
  }
  ~ref() {
    if (object_ && object_->drop_reference()) detail::release_last_reference(object_);
  }

  instance<C>& operator*() const { return *object_; }
  instance<C>* operator->() const { return object_; }
  // The instance, or nullptr for a default-constructed handle, which refers to no
  // object: it stands for None (false; klass::is compares it; anything else on it
  // is undefined).
  instance<C>* get() const { return object_; }

  // bool(o), o[k], o(...): type(o).__bool__, __getitem__, __call__; a == b and the
  // other operators are Python's too (<klass/datamodel.hpp>). Identity is klass::is.
  explicit operator bool() const { return object_ != nullptr && detail::truth_protocol<C>::truth(*object_); }
  template <class Key>
  decltype(auto) operator[](Key&& key) const {
    return detail::subscript_protocol<C>::subscript(*object_, std::forward<Key>(key));
  }
  template <class... Args>
  decltype(auto) operator()(Args&&... args) const {
    return detail::call_protocol<C>::call(*object_, std::forward<Args>(args)...);
  }

 private:
  instance<C>* object_ = nullptr;
};

// type(o)
template <class C>
constexpr class_object<C> type_of(const ref<C>&) {
  return {};
}

// a is b
template <class A, class B>
bool is(const ref<A>& a, const ref<B>& b) {
  return static_cast<const void*>(a.get()) == static_cast<const void*>(b.get());
}

}  // namespace klass

#endif
