// Uses of what <klass/runtime/options.hpp> declares, with only it included (tests/harness.py header).
#include <klass/runtime/options.hpp>

#include <cstddef>

using namespace klass::literals;

constexpr klass::runtime::options_t defaults = klass::runtime::options("memory_size"_a = std::size_t{4096}, "network_packet_size"_a = std::size_t{8192});
static_assert(defaults["memory_size"_a] == 4096);
constexpr auto given = klass::runtime::updated(defaults, "memory_size"_a = std::size_t{65536});
static_assert(given["memory_size"_a] == 65536 && given["network_packet_size"_a] == 8192);
[[maybe_unused]] klass::runtime::error::option_given_twice_in_defaults<struct A, decltype("x"_a)>* twice = nullptr;
