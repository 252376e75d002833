// Uses of what <klass/version.hpp> declares, with only it included (tests/harness.py header).
#include <klass/version.hpp>

static_assert(KLASS_VERSION_MAJOR == klass::version_major && KLASS_VERSION_MINOR == klass::version_minor &&
              KLASS_VERSION_PATCH == klass::version_patch);
