// klass/runtime.hpp — the umbrella header of the runtime layer: memory arena, mailboxes, registries (in-process and shared by file), instance numbers, and the seed's Base.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_HPP
#define KLASS_RUNTIME_HPP

// Only this header and those under klass/runtime/ include system headers such
// as <sys/mman.h>; the compile-time model (klass/klass.hpp) never does.
#include <klass/runtime/base.hpp>
#include <klass/runtime/errors.hpp>
#include <klass/runtime/fork.hpp>
#include <klass/runtime/futex.hpp>
#include <klass/runtime/init_arguments.hpp>
#include <klass/runtime/instance_count.hpp>
#include <klass/runtime/instance_tracker.hpp>
#include <klass/runtime/instances.hpp>
#include <klass/runtime/mailbox.hpp>
#include <klass/runtime/memory.hpp>
#include <klass/runtime/options.hpp>
#include <klass/runtime/registry.hpp>
#include <klass/runtime/shared_registry.hpp>
#include <klass/runtime/tracked_entry.hpp>

#endif
