// klass/version.hpp — the library's version, the one place it is written.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_VERSION_HPP
#define KLASS_VERSION_HPP

#define KLASS_VERSION_MAJOR 0
#define KLASS_VERSION_MINOR 1
#define KLASS_VERSION_PATCH 0

namespace klass {
inline constexpr int version_major = KLASS_VERSION_MAJOR;
inline constexpr int version_minor = KLASS_VERSION_MINOR;
inline constexpr int version_patch = KLASS_VERSION_PATCH;
}  // namespace klass

#endif
