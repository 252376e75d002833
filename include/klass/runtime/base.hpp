// klass/runtime/base.hpp — the seed's `Base` in klass's own object model: instance numbers from a klass
// __new__, per-class trackers, the instance_name property, defaults merged with keyword arguments,
// registration by name with mmap-backed memory, and send_to / read_messages over the runtime engine.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_BASE_HPP
#define KLASS_RUNTIME_BASE_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>

#include <klass/klass.hpp>
#include <klass/runtime/init_arguments.hpp>
#include <klass/runtime/instance_count.hpp>
#include <klass/runtime/instance_tracker.hpp>
#include <klass/runtime/instances.hpp>
#include <klass/runtime/options.hpp>
#include <klass/runtime/registry.hpp>
#include <klass/runtime/tracked_entry.hpp>

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
      "memory"_a = klass::field<std::shared_ptr<registry_entry>>,

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
              std::shared_ptr<registry_entry> memory = default_registry().create<tracked_entry<C>>(
                  klass::getattr(self, "instance_name"_a), klass::getattr(self, "memory_size"_a), ref<C>(self));
              klass::setattr(self, "memory"_a, std::move(memory));
            }
          },

      // def send_to(self, component_name, message): Component_Memory[component_name].write(message + "delimiter")
      // (not in the seed: with a timeout, it sleeps until there is room, false if none came in time)
      "send_to"_a = [](auto&, std::string_view component_name, std::string_view message, auto... timeout) {
        static_assert(sizeof...(timeout) <= 1, "klass: send_to(component_name, message[, timeout])");
        if constexpr (sizeof...(timeout) == 0)
          default_registry().send_to(component_name, message);
        else
          return default_registry().send_to(component_name, message, mailbox::duration(timeout...));
      },

      // def read_messages(self): every message waiting, in arrival order; the mailbox is emptied
      "read_messages"_a = [](auto& self) { return klass::getattr(self, "memory"_a)->read_messages(); },

      // not in the seed: read_messages() that sleeps until a message arrives or `timeout` passes
      "wait_messages"_a = [](auto& self, mailbox::duration timeout) {
        return klass::getattr(self, "memory"_a)->wait_messages(timeout);
      },

      // not in the seed: the explicit end of an instance (klass::runtime::release)
      "release"_a = [](auto& self) { release(self); });
};

}  // namespace klass::runtime

#endif
