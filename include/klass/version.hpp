// klass/version.hpp — the library's version, the one place it is written.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_VERSION_HPP
#define KLASS_VERSION_HPP

#define KLASS_VERSION_MAJOR 0
#define KLASS_VERSION_MINOR 1
#define KLASS_VERSION_PATCH 0
// One comparable number, MMmmpp: major * 10000 + minor * 100 + patch (0.1.0 is 100,
// 1.2.3 would be 10203), for `#if KLASS_VERSION >= 100`.
#define KLASS_VERSION 100

static_assert(KLASS_VERSION == KLASS_VERSION_MAJOR * 10000 + KLASS_VERSION_MINOR * 100 + KLASS_VERSION_PATCH,
              "klass: KLASS_VERSION must be MMmmpp of KLASS_VERSION_MAJOR, _MINOR and _PATCH");

namespace klass {
inline constexpr int version_major = KLASS_VERSION_MAJOR;
inline constexpr int version_minor = KLASS_VERSION_MINOR;
inline constexpr int version_patch = KLASS_VERSION_PATCH;
}  // namespace klass

#endif
