// The Catch2 (v2) entry point of the C++ tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
