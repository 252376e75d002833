// The runtime layer needs exceptions: with -fno-exceptions it refuses with one #error.
#include <klass/runtime.hpp>
int main() {}
