// klass/ref.hpp — klass::ref<C>, the reference to an instance that calling a class gives, and Python's `is`.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_REF_HPP
#define KLASS_REF_HPP

#include <atomic>
#include <utility>

#include <klass/class_object.hpp>
#include <klass/instance.hpp>

namespace klass {

// A reference to an instance, with Python's semantics: copies alias the same
// object, and the object lives while a reference to it exists.
template <class C>
class ref {
 public:
  using klass_type = C;

  ref() = default;
  explicit ref(instance<C>& object) : object_(&object) { object_->references_.fetch_add(1, std::memory_order_relaxed); }
  ref(const ref& other) : object_(other.object_) {
    if (object_) object_->references_.fetch_add(1, std::memory_order_relaxed);
  }
  ref(ref&& other) noexcept : object_(std::exchange(other.object_, nullptr)) {}
  ref& operator=(ref other) noexcept {
    std::swap(object_, other.object_);
    return *this;
  }
  ~ref() {
    if (object_ && object_->references_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete object_;
  }

  instance<C>& operator*() const { return *object_; }
  instance<C>* operator->() const { return object_; }
  instance<C>* get() const { return object_; }
  explicit operator bool() const { return object_ != nullptr; }

  // Python's `is`: the same object.
  friend bool operator==(const ref& a, const ref& b) { return a.object_ == b.object_; }

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
