// Uses of what <klass/singleton.hpp> declares, with only it included (tests/harness.py header).
#include <klass/singleton.hpp>

struct One {
  using metaclass = klass::singleton;
};
inline bool use() { return klass::is(klass::cls<One>(), klass::cls<One>()); }
