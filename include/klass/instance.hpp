// klass/instance.hpp — class objects (klass::cls<C>), instances and their dicts, and reference handles.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_INSTANCE_HPP
#define KLASS_INSTANCE_HPP

#include <atomic>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include <klass/class.hpp>
#include <klass/descriptors.hpp>
#include <klass/detail/type_lookup.hpp>
#include <klass/dict.hpp>
#include <klass/mro.hpp>
#include <klass/names.hpp>

namespace klass {

template <class C>
class instance;
template <class C>
class ref;

namespace detail {
// The data model's entry points that C++ wants as members (explicit operator
// bool, operator[], operator()) and the destructor's __del__: declared here,
// defined with each protocol in <klass/datamodel/...> (truth.hpp, container.hpp,
// call.hpp, lifetime.hpp), which <klass/klass.hpp> includes.
template <class C>
struct truth_protocol;
template <class C>
struct subscript_protocol;
template <class C>
struct call_protocol;
template <class C>
struct finalizer;
using del_name = attr_c<"__del__">;
}  // namespace detail

// The class object of C: what Python's name `C` denotes. Calling it creates an
// instance (type.__call__, in <klass/create.hpp>); klass::getattr/setattr read and
// assign its attributes.
template <class C>
struct class_object {
  using type = C;
  static constexpr std::string_view __name__ = klass::name<C>;

  // C(...): type(C).__call__(C, ...), in <klass/create.hpp>. The class statement
  // (klass::define<C>) runs first if it has not yet. A class CPython would not
  // create cannot be called: its TypeError is the error.
  template <class... Args>
    requires detail::mro_exists<C>
  auto operator()(Args&&... args) const {
    define_class(detail::call_tag{}, *this);
    return metaclass_call(detail::call_tag{}, *this, std::forward<Args>(args)...);
  }
  template <class... Args>
    requires(!detail::mro_exists<C>)
  KLASS_DETAIL_REFUSED(typename detail::dependent<detail::mro_refusal<C>, Args...>::type) operator()(Args&&...) const {
    KLASS_DETAIL_REFUSE(typename detail::dependent<detail::mro_refusal<C>, Args...>::type);
  }
  friend constexpr bool operator==(class_object, class_object) { return true; }
};

template <class_type C>
inline constexpr class_object<C> cls{};

namespace detail {

// ---- class attributes: one run-time variable per (class, name) -----------------

// __set_name__(owner, name), for any value that has it (Python calls it on every
// object of the namespace that defines it, descriptor or not).
template <class Owner, class Name, class Value>
concept has_set_name = requires(Value& value) { value.set_name(cls<Owner>, Name{}); };

template <class Owner, class Name>
constexpr auto set_name_applied() {
  auto value = dict_of<Owner>()[Name{}];
  value.set_name(cls<Owner>, Name{});
  return value;
}
// When __set_name__ can run at compile time, it does (nothing can observe when);
// otherwise the class statement runs it (klass::define, in dict order).
template <class Owner, class Name>
concept set_name_at_compile_time =
    has_set_name<Owner, Name, std::remove_cvref_t<decltype(dict_of<Owner>()[Name{}])>> &&
    requires { typename std::bool_constant<(static_cast<void>(set_name_applied<Owner, Name>()), true)>; };

// C.__dict__['x'] as a variable: initialized from the class body and rebound
// through the class object. Reading it is reading a global variable.
template <class Owner, class Name>
struct class_storage {
  using value_type = typename own_entry<Owner, Name>::value_type;
  static constexpr value_type initial() {
    if constexpr (set_name_at_compile_time<Owner, Name>)
      return set_name_applied<Owner, Name>();
    else
      return dict_of<Owner>()[Name{}];
  }
  static inline value_type value = initial();
};

// ---- the instance dict: one typed, optional entry per settable name ---------------

template <class Name, class T>
struct slot {
  std::optional<T> value;
};
template <class... Slots>
struct slot_set : Slots... {};

// Which names an instance of C can hold, and as what type: a klass::member<T> slot,
// a klass::field<T> anywhere in the MRO, or a plain class attribute (which an
// instance may shadow, as Python's instance dict does). The table of C's
// namespace (type_lookup.hpp) decided which; this turns its answer into types.
template <class Value, slot_source Source>
struct slot_value {
  using type = typename Value::value_type;  // member<T>, field<T>: T
};
template <class Value>
struct slot_value<Value, slot_source::shadow> {
  using type = Value;
};

template <class Name, class T>
constexpr std::optional<T>& slot_of(slot<Name, T>& s) {
  return s.value;
}
template <class Name, class T>
constexpr const std::optional<T>& slot_of(const slot<Name, T>& s) {
  return s.value;
}

template <class Table, class Indices>
struct slots_of_table;
template <class Table, std::size_t... I>
struct slots_of_table<Table, std::index_sequence<I...>> {
  using type = slot_set<slot<at<Table::data.slot_name[I], typename Table::keys>,
                             typename slot_value<at<Table::data.slot_value[I], typename Table::values>,
                                                 Table::data.slot_kind[I]>::type>...>;
};

// A class attribute assigned through a subclass (B.x = v, x found in A): CPython's
// type_setattro stores it in B's own dict, so B and B's subclasses see it and A
// does not. klass keeps it here, one per (class, name), for the plain class
// attributes a class inherits.
template <class K, class Name, class V>
inline std::optional<V> rebound_class_attribute;

// _PyType_Lookup for a plain class attribute found in L::owner: the first class
// of C's MRO before the owner that has it rebound wins, else the owner's value.
// The classes before the owner are checked only when C inherits the attribute.
template <class C, class Name, class L>
constexpr auto& class_value() {
  using V = typename L::value_type;
  auto& owned = class_storage<typename L::owner, Name>::value;
  if constexpr (std::is_same_v<C, typename L::owner>) {
    return owned;
  } else {
    using list = typename mro_info<C>::list;
    V* found = nullptr;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      static_cast<void>(((rebound_class_attribute<at<I, list>, Name, V>
                              ? (found = &*rebound_class_attribute<at<I, list>, Name, V>, true)
                              : false) ||
                         ...));
    }(std::make_index_sequence<location_of<C, Name>.class_position>{});
    return found ? *found : owned;
  }
}

// Fields declared with a default (klass::field<T>(v)) are set on every new instance.
template <class C, class Table, std::size_t I, class Slots>
void apply_field_default(Slots& slots) {
  if constexpr (Table::data.slot_kind[I] == slot_source::field) {
    using Name = at<Table::data.slot_name[I], typename Table::keys>;
    using Declared = at<Table::data.slot_value[I], typename Table::values>;
    if constexpr (is_field_default<Declared>::value)
      slot_of<Name>(slots).emplace(dict_of<typename field_lookup<C, Name>::owner>()[Name{}].init);
  }
}

template <class C, class Table, class Slots, std::size_t... I>
void apply_field_defaults(Slots& slots, std::index_sequence<I...>) {
  // A braced list, not a fold expression: a class may have hundreds of slots, and
  // clang limits a fold's nesting to 256 (-fbracket-depth).
  [[maybe_unused]] const bool applied[] = {true, (apply_field_default<C, Table, I>(slots), true)...};
}

template <class C>
struct instance_layout {
  using table = namespace_of<C>;
  using type = typename slots_of_table<table, std::make_index_sequence<table::data.slot_count>>::type;
};

}  // namespace detail

// An object of class C: its instance dict (typed entries, each set or unset) and a
// reference count. Created by calling klass::cls<C>; handled through klass::ref<C>.
template <class C>
class instance {
 public:
  using klass_type = C;

  instance() {
    using table = detail::namespace_of<C>;
    detail::apply_field_defaults<C, table>(dict, std::make_index_sequence<table::data.slot_count>{});
  }
  instance(const instance&) = delete;
  instance& operator=(const instance&) = delete;

  typename detail::instance_layout<C>::type dict;

  // bool(o), o[k], o(...): type(o).__bool__, __getitem__, __call__ (<klass/datamodel.hpp>).
  explicit operator bool() { return detail::truth_protocol<C>::truth(*this); }
  template <class Key>
  decltype(auto) operator[](Key&& key) {
    return detail::subscript_protocol<C>::subscript(*this, std::forward<Key>(key));
  }
  template <class... Args>
  decltype(auto) operator()(Args&&... args) {
    return detail::call_protocol<C>::call(*this, std::forward<Args>(args)...);
  }

 private:
  friend class ref<C>;
  std::atomic<long> references_{0};
};

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
    if (object_ && object_->references_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      // __del__, once, when the last reference goes (<klass/datamodel/lifetime.hpp>)
      if constexpr (detail::type_lookup<C, detail::del_name>::found) detail::finalizer<C>::finalize(*object_);
      delete object_;
    }
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
constexpr class_object<C> type_of(const instance<C>&) {
  return {};
}
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
