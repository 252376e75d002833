// Uses of what <klass/runtime/errors.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/errors.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

namespace rt = klass::runtime;
static_assert(std::is_base_of_v<std::out_of_range, rt::unknown_name>);
static_assert(std::is_base_of_v<std::invalid_argument, rt::duplicate_name>);
static_assert(std::is_base_of_v<std::length_error, rt::message_too_large>);
static_assert(std::is_base_of_v<std::runtime_error, rt::mailbox_corrupt>);
inline std::string use() {
  return rt::unknown_name("Base9").name() + rt::duplicate_name("Base0").name() + rt::mailbox_corrupt("x").what();
}
