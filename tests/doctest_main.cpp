// The one main() of the doctest run-time tests; every tests/run/*.cpp links it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
