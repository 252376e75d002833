// klass/runtime/base.hpp — the seed's `Base` in klass's own object model: instance numbers from a klass
// __new__, per-class trackers, the instance_name property, defaults merged with keyword arguments,
// registration by name with mmap-backed memory, and send_to / read_messages over the runtime engine.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_BASE_HPP
#define KLASS_RUNTIME_BASE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/klass.hpp>
#include <klass/runtime/errors.hpp>
#include <klass/runtime/fork.hpp>
#include <klass/runtime/instances.hpp>
#include <klass/runtime/registry.hpp>

// The seed, in Python:
//
//   class Base(object):
//       instance_count = 0
//       defaults = {"memory_size": 4096, "network_packet_size": 8192}
//       instance_name = property(lambda self: type(self).__name__ + str(self.instance_number))
//       def __new__(cls, *args, **kwargs):
//           instance = super(Base, cls).__new__(cls)
//           instance_number = instance.instance_number = cls.instance_count
//           cls.instance_tracker[instance_number] = instance
//           cls.instance_count += 1
//           return instance
//       def __init__(self, **kwargs):
//           options = self.defaults.copy(); options.update(kwargs)
//           self.attribute_setter(**options)
//           Component_Resolve[self.instance_name] = self
//           Component_Memory[self.instance_name] = mmap.mmap(-1, self.memory_size)
//       def send_to(self, component_name, message): ...
//       def read_messages(self): ...
//
// Here `klass::runtime::Base` is a klass class with the same dict; Component_Resolve and
// Component_Memory are one thing, the engine's default_registry(), whose entries
// (tracked_entry<C>) own the instance's region and hold the instance itself.

namespace klass::runtime {

using klass::literals::operator""_a;

namespace error {
// Named after Python's errors, so that clang, which cannot print a computed
// message, shows the class and the name involved.
template <class Class, class Name> struct unexpected_keyword_argument;
template <class Class, class Name> struct got_multiple_values_for_keyword_argument;
template <class Class, class FirstPositional> struct takes_1_positional_argument;
template <class Class, class Name> struct option_given_twice_in_defaults;
}  // namespace error

// ---- options: the class-level `defaults` --------------------------------------

// A small, ordered, compile-time-keyed mapping of options: Base's `defaults`.
// `klass::runtime::options("memory_size"_a = std::size_t{4096}, ...)`; a plain
// class attribute (it has no get/set/del, so it is no descriptor).
template <class... Entries>
struct options_t : Entries... {
  using keys = klass::detail::type_list<typename Entries::key...>;
  static constexpr std::size_t size = sizeof...(Entries);

  // defaults["memory_size"_a]
  template <char... Cs>
  constexpr const auto& operator[](attr<Cs...>) const {
    return value_of<attr<Cs...>>(*this);
  }
  // "memory_size" in defaults
  template <char... Cs>
  static constexpr bool contains(attr<Cs...>) {
    return (std::is_same_v<typename Entries::key, attr<Cs...>> || ...);
  }
  // The names, as a Hana tuple of hana::type<klass::attr<...>>, in order.
  static constexpr auto names() { return boost::hana::tuple_t<typename Entries::key...>; }
  // visit(name, value) for each option, in order (the seed's attribute_setter(**options)).
  template <class Visit>
  constexpr void for_each(Visit&& visit) const {
    (visit(typename Entries::key{}, static_cast<const Entries&>(*this).value), ...);
  }

 private:
  template <class Key, class Value>
  static constexpr const Value& value_of(const klass::entry<Key, Value>& found) {
    return found.value;
  }
};

namespace detail {
template <class Name>
struct option_errors {
  struct given_twice {
    KLASS_DETAIL_ERROR(given_twice, SyntaxError, "an option is given twice in one defaults",
                       (klass::detail::join<"option '", Name::fixed, "' is given twice in one defaults">),
                       error::option_given_twice_in_defaults<void, Name>);
  };
};
}  // namespace detail

template <class... Keys, class... Values>
constexpr auto options(klass::entry<Keys, Values>... entries) {
  constexpr std::size_t repeated = klass::detail::first_repeated_key<Keys...>();
  if constexpr (repeated != sizeof...(Keys)) {
    KLASS_DETAIL_REPORT(typename detail::option_errors<klass::detail::at<repeated, klass::detail::type_list<Keys...>>>::given_twice);
    return options_t<>{};
  } else {
    return options_t<klass::entry<Keys, Values>...>{entries...};
  }
}

namespace detail {
template <class T>
inline constexpr bool is_keyword = false;
template <class K, class V>
inline constexpr bool is_keyword<klass::entry<K, V>> = true;

// The option E, from the last keyword argument of its name (converted to the
// option's type), or the default.
template <class E, class... Args>
constexpr E option_value(const E& fallback, const Args&... keywords) {
  if constexpr (klass::detail::has_key<typename E::key, Args...>)
    return E{static_cast<typename E::value_type>(klass::detail::last_with_key<typename E::key>(keywords...).value)};
  else
    return fallback;
}
}  // namespace detail

// options = defaults.copy(); options.update(keywords): every keyword must name an
// option (checked by Base.__init__ first, with Python's message).
template <class... Entries, class... Keywords>
constexpr options_t<Entries...> updated(const options_t<Entries...>& defaults, const Keywords&... keywords) {
  return options_t<Entries...>{detail::option_value(static_cast<const Entries&>(defaults), keywords...)...};
}

// ---- per-class tracking -------------------------------------------------------

namespace detail {
using count_name = attr_c<"instance_count">;
}

// The value of `"instance_count"_a` in a class dict: Python's `instance_count = 0`.
// The class counts its own instances from 0, and so does every subclass that
// does not declare it again, from the first of its own instances on (the seed's
// rule, see count_of). On a class or an instance it reads as the count.
struct instance_count_t {
  template <class Instance, class C>
  std::uint64_t get(const Instance&, class_object<C>) const;
};
inline constexpr instance_count_t own_instance_count{};

namespace detail {
// A class "has its own instance_count" once it declares it or has counted an
// instance (`cls.instance_count += 1` assigns it on cls).
template <class T>
bool has_own_count() {
  return klass::detail::defines_class_attribute<T, count_name>() || instance_counter_of<T>.started();
}
template <class... Ts>
std::uint64_t count_in(klass::detail::type_list<Ts...>) {
  std::uint64_t out = 0;
  bool found = false;
  static_cast<void>(((!found && has_own_count<Ts>() ? (out = instance_counter_of<Ts>.count(0), found = true) : false) ||
                     ...));
  return out;
}
}  // namespace detail

// `cls.instance_count` as Python reads it: the first class of C's MRO that has
// its own, which is C once C has counted an instance. So a subclass starts from
// its base's count at the time of its first instance, then counts alone.
template <class C>
std::uint64_t count_of() {
  return detail::count_in(typename klass::detail::mro_info<C>::list{});
}

template <class Instance, class C>
std::uint64_t instance_count_t::get(const Instance&, class_object<C>) const {
  return count_of<C>();
}

// The number for a new instance of C: `cls.instance_count`, then `cls.instance_count += 1`.
template <class C>
std::uint64_t take_instance_number() {
  return instance_counter_of<C>.next(count_of<C>());
}

// `cls.instance_tracker`: number → instance, one per class (the seed uses it
// without defining it; the Python twin gives each class its own in
// __init_subclass__). It holds the instances (as Python's dict does) until
// they are released. Thread-safe; its mutex is held across fork().
template <class C>
class instance_tracker {
 public:
  instance_tracker() = default;
  instance_tracker(const instance_tracker&) = delete;
  instance_tracker& operator=(const instance_tracker&) = delete;

  // tracker[n]: the instance numbered n; throws std::out_of_range (Python's KeyError).
  ref<C> operator[](std::uint64_t number) const {
    std::lock_guard hold(mutex_);
    const auto at = instances_.find(number);
    if (at == instances_.end())
      throw std::out_of_range("klass: KeyError: " + std::to_string(number) + " (no instance of " +
                              std::string(klass::name<C>) + " has that number in its instance_tracker)");
    return at->second;
  }
  [[nodiscard]] bool contains(std::uint64_t number) const {
    std::lock_guard hold(mutex_);
    return instances_.count(number) != 0;
  }
  [[nodiscard]] std::size_t size() const {
    std::lock_guard hold(mutex_);
    return instances_.size();
  }
  // sorted(tracker)
  [[nodiscard]] std::vector<std::uint64_t> numbers() const {
    std::vector<std::uint64_t> out;
    {
      std::lock_guard hold(mutex_);
      out.reserve(instances_.size());
      for (const auto& [number, object] : instances_) out.push_back(number);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // tracker[n] = instance
  void add(std::uint64_t number, ref<C> object) {
    ref<C> replaced;
    {
      std::lock_guard hold(mutex_);
      std::swap(instances_[number], object);
    }
    // `object` now holds what was there: dropped outside the lock.
  }
  // tracker.pop(n, None): the instance, or an empty ref.
  ref<C> erase(std::uint64_t number) {
    std::lock_guard hold(mutex_);
    const auto at = instances_.find(number);
    if (at == instances_.end()) return {};
    ref<C> out = std::move(at->second);
    instances_.erase(at);
    return out;  // dropped by the caller, outside the lock
  }

  // The class's lock, also guarding its registry entries' references (tracked_entry<C>).
  std::mutex& mutex() const noexcept { return mutex_; }

 private:
  mutable std::mutex mutex_;
  fork_guard fork_guard_{mutex_};
  std::unordered_map<std::uint64_t, ref<C>> instances_;
};

// C's tracker. Never destroyed, like the registry: instances stay reachable
// until the process ends.
template <class C>
instance_tracker<C>& tracker_of() {
  static instance_tracker<C>* const instance = new instance_tracker<C>();
  return *instance;
}

// The value of `"instance_tracker"_a`: reads as the tracker of the class used
// (or of the instance's type).
struct instance_tracker_t {
  template <class Instance, class C>
  instance_tracker<C>& get(const Instance&, class_object<C>) const {
    return tracker_of<C>();
  }
};
inline constexpr instance_tracker_t per_class_tracker{};

// ---- registry entries that hold their instance ------------------------------

// A registry entry (name, memory, mailbox) of an instance of some tracked class.
class tracked_entry_base : public entry {
 public:
  using entry::entry;
  [[nodiscard]] virtual std::string_view class_name() const noexcept = 0;
};

// Component_Resolve[name] = self: the entry holds the instance, so that an
// instance nobody else keeps stays reachable by name. The instance holds the
// entry (its memory); released() breaks that cycle when the name is released.
template <class C>
class tracked_entry final : public tracked_entry_base {
 public:
  tracked_entry(entry_init&& init, ref<C> object) : tracked_entry_base(std::move(init)), object_(std::move(object)) {}

  [[nodiscard]] std::string_view class_name() const noexcept override { return klass::name<C>; }

  // The instance; empty once released.
  [[nodiscard]] ref<C> object() const {
    std::lock_guard hold(tracker_of<C>().mutex());
    return object_;
  }

 protected:
  void released() noexcept override {
    ref<C> gone;
    {
      std::lock_guard hold(tracker_of<C>().mutex());
      gone = std::exchange(object_, ref<C>{});
    }
  }  // `gone` is dropped here, outside the lock; it may be the instance's last reference

 private:
  ref<C> object_;
};

// Component_Resolve[name], as an instance of C: throws unknown_name if nothing
// is registered under `name`, klass::type_error if an instance of another class is.
template <class C>
ref<C> resolve(std::string_view name, const registry& names = default_registry()) {
  std::shared_ptr<entry> found = names.find(name);
  if (auto* mine = dynamic_cast<tracked_entry<C>*>(found.get()))
    if (ref<C> object = mine->object()) return object;
  std::string message = "klass: " + detail::quoted(name) + " is ";
  if (auto* other = dynamic_cast<tracked_entry_base*>(found.get()))
    message.append("an instance of ").append(other->class_name());
  else
    message.append("not a tracked instance");
  message.append(", not of ").append(klass::name<C>);
  throw klass::type_error(message);
}

// The same, or an empty ref.
template <class C>
ref<C> try_resolve(std::string_view name, const registry& names = default_registry()) {
  std::shared_ptr<entry> found = names.try_find(name);
  if (auto* mine = dynamic_cast<tracked_entry<C>*>(found.get())) return mine->object();
  return {};
}

// The explicit end of a tracked instance: del Component_Resolve[name] and
// del cls.instance_tracker[number]. Its name is free at once (later sends to it
// fail with unknown_name); the instance itself lives on while the caller holds
// it, and keeps its memory, so the messages it has not read can still be read.
// It is destroyed, and its memory given back, with its last reference.
// Releasing an instance not (or no longer) registered only removes it from its tracker.
template <class C>
void release(instance<C>& self) {
  if (klass::hasattr(self, "memory"_a)) {
    const std::shared_ptr<entry>& memory = klass::getattr(self, "memory"_a);
    if (memory && memory->registered()) {
      try {
        static_cast<void>(default_registry().release(memory->name()));
      } catch (const unknown_name&) {
        // released meanwhile by another thread
      }
    }
  }
  const ref<C> was = tracker_of<C>().erase(klass::getattr(self, "instance_number"_a));
}
template <class C>
void release(const ref<C>& self) {
  release(*self);
}

// ---- Base.__init__'s arguments ----------------------------------------------

namespace detail {

constexpr std::size_t decimal_digits(std::size_t n) { return n < 10 ? 1 : 1 + decimal_digits(n / 10); }
template <std::size_t N>
inline constexpr auto decimal = [] {
  klass::detail::fixed_string<decimal_digits(N)> out{};
  std::size_t n = N;
  for (std::size_t i = decimal_digits(N); i != 0; --i, n /= 10) out.text[i - 1] = static_cast<char>('0' + n % 10);
  return out;
}();

template <class Owner>
struct init_errors {
  template <class Name>
  struct unexpected_keyword_argument {
    KLASS_DETAIL_ERROR(unexpected_keyword_argument, TypeError, "<class>.__init__() got an unexpected keyword argument '<name>'",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() got an unexpected keyword argument '", Name::fixed, "'">),
                       error::unexpected_keyword_argument<Owner, Name>);
  };
  template <class Name>
  struct multiple_values {
    KLASS_DETAIL_ERROR(multiple_values, TypeError, "<class>.__init__() got multiple values for keyword argument '<name>'",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() got multiple values for keyword argument '", Name::fixed,
                                            "'">),
                       error::got_multiple_values_for_keyword_argument<Owner, Name>);
  };
  template <std::size_t Given, class First>
  struct positional {
    KLASS_DETAIL_ERROR(positional, TypeError, "<class>.__init__() takes 1 positional argument but <n> were given",
                       (klass::detail::join<klass::detail::fixed_name<Owner>,
                                            ".__init__() takes 1 positional argument but ", decimal<Given>,
                                            " were given">),
                       error::takes_1_positional_argument<Owner, First>);
  };
};

template <class Arg>
struct arg_key {
  using type = void;
};
template <class K, class V>
struct arg_key<klass::entry<K, V>> {
  using type = K;
};

template <class Options, class Arg>
inline constexpr bool is_known_option = true;
template <class Options, class K, class V>
inline constexpr bool is_known_option<Options, klass::entry<K, V>> = Options::contains(K{});

// What is wrong with `def __init__(self, **kwargs)` called with Args when only
// the options of Options may be given (first problem only: one error).
enum class init_problem { none, positional, unexpected, repeated };
struct init_finding {
  init_problem problem = init_problem::none;
  std::size_t index = 0;
};
template <class Options, class... Args>
constexpr init_finding first_init_problem() {
  constexpr std::size_t count = sizeof...(Args);
  constexpr bool keyword[] = {is_keyword<Args>..., true};
  constexpr bool known[] = {is_known_option<Options, Args>..., true};
  constexpr klass::detail::type_id ids[] = {klass::detail::id_of<typename arg_key<Args>::type>..., nullptr};
  for (std::size_t i = 0; i != count; ++i)
    if (!keyword[i]) return {init_problem::positional, i};
  for (std::size_t i = 0; i != count; ++i) {
    if (!known[i]) return {init_problem::unexpected, i};
    for (std::size_t j = 0; j != i; ++j)
      if (ids[i] == ids[j]) return {init_problem::repeated, i};
  }
  return {};
}
// Whether Owner.__init__(self, **kwargs) accepts Args; if not, the one error.
template <class Owner, class Options, class... Args>
constexpr bool init_arguments_ok() {
  constexpr init_finding first = first_init_problem<Options, Args...>();
  constexpr std::size_t positional = (std::size_t{0} + ... + (is_keyword<Args> ? 0 : 1));
  using at = klass::detail::at<first.index, klass::detail::type_list<Args..., void>>;
  if constexpr (first.problem == init_problem::positional)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template positional<positional + 1, at>);
  else if constexpr (first.problem == init_problem::unexpected)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template unexpected_keyword_argument<typename arg_key<at>::type>);
  else if constexpr (first.problem == init_problem::repeated)
    KLASS_DETAIL_REPORT(typename init_errors<Owner>::template multiple_values<typename arg_key<at>::type>);
  return first.problem == init_problem::none;
}

template <class Self>
using class_of = typename std::remove_cvref_t<Self>::klass_type;

}  // namespace detail

// ---- the class ----------------------------------------------------------------

// The seed's Base. Create instances with klass::cls<Base>(), or klass::cls<Base>("memory_size"_a = 65536);
// derive with `using bases = klass::bases<klass::runtime::Base>;`.
struct Base {
  static constexpr std::string_view class_name = "Base";
  static constexpr auto dict = klass::dict(
      // instance_count = 0
      "instance_count"_a = own_instance_count,
      // instance_tracker = {} (per class)
      "instance_tracker"_a = per_class_tracker,
      // defaults = {"memory_size": 4096, "network_packet_size": 8192}
      "defaults"_a = options("memory_size"_a = std::size_t{4096}, "network_packet_size"_a = std::size_t{8192}),
      // what __new__ and __init__ set on each instance
      "instance_number"_a = klass::field<std::uint64_t>,
      "memory_size"_a = klass::field<std::size_t>,
      "network_packet_size"_a = klass::field<std::size_t>,
      // the instance's registry entry: its name, its memory and the mailbox in it
      // (the seed's Component_Memory[self.instance_name])
      "memory"_a = klass::field<std::shared_ptr<entry>>,

      // instance_name = property(_get_name)
      "instance_name"_a = klass::property([](auto& self) {
        return instance_name(klass::type_of(self).__name__, klass::getattr(self, "instance_number"_a));
      }),

      // def __new__(cls, *args, **kwargs)
      "__new__"_a =
          [](auto cls, const auto&...) {
            using C = typename decltype(cls)::type;
            auto instance = klass::getattr(klass::super<Base>(cls), "__new__"_a)(cls);
            const std::uint64_t instance_number = take_instance_number<C>();
            klass::setattr(instance, "instance_number"_a, instance_number);
            tracker_of<C>().add(instance_number, instance);
            return instance;
          },

      // def __init__(self, **kwargs)
      "__init__"_a =
          [](auto& self, const auto&... keywords) {
            using C = detail::class_of<decltype(self)>;
            using defaults_type = std::remove_cvref_t<decltype(klass::getattr(self, "defaults"_a))>;
            if constexpr (detail::init_arguments_ok<Base, defaults_type,
                                                    std::remove_cvref_t<decltype(keywords)>...>()) {
              // options = self.defaults.copy(); options.update(kwargs); self.attribute_setter(**options)
              const auto options = updated(klass::getattr(self, "defaults"_a), keywords...);
              options.for_each([&](auto name, const auto& value) { klass::setattr(self, name, value); });
              // Component_Resolve[self.instance_name] = self
              // Component_Memory[self.instance_name] = mmap.mmap(-1, self.memory_size)
              std::shared_ptr<entry> memory = default_registry().create<tracked_entry<C>>(
                  klass::getattr(self, "instance_name"_a), klass::getattr(self, "memory_size"_a), ref<C>(self));
              klass::setattr(self, "memory"_a, std::move(memory));
            }
          },

      // def send_to(self, component_name, message): Component_Memory[component_name].write(message + "delimiter")
      "send_to"_a = [](auto&, std::string_view component_name,
                       std::string_view message) { default_registry().send_to(component_name, message); },

      // def read_messages(self): every message waiting, in arrival order; the mailbox is emptied
      "read_messages"_a = [](auto& self) { return klass::getattr(self, "memory"_a)->read_messages(); },

      // not in the seed: the explicit end of an instance (klass::runtime::release)
      "release"_a = [](auto& self) { release(self); });
};

}  // namespace klass::runtime

#endif
