// bench/attributes/bench.hpp — what both versions of the run-time benchmark share:
// the optimization barriers (the same ones, used the same way in both) and the
// shape of the generated functions.
#ifndef KLASS_BENCH_ATTRIBUTES_BENCH_HPP
#define KLASS_BENCH_ATTRIBUTES_BENCH_HPP

#define BENCH_NOINLINE __attribute__((noinline))

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Each version defines `template <class T> T& make_object()`, which gives the
// object an operation on T uses (its fields set), before using these macros.

namespace bench {
// The value is needed in a register: the computation cannot be deleted
// (benchmark::DoNotOptimize, for a scalar).
template <class T>
inline void sink(T value) {
  asm volatile("" : : "r"(value));
}
// Every object in memory may have been read and written: loads are redone and
// stores are made, at each iteration (benchmark::ClobberMemory).
inline void clobber() { asm volatile("" : : : "memory"); }

// One benchmarked operation, in the two forms the driver measures:
//   one_NAME(o, k)      a single operation in a function of its own (its assembly is compared);
//   loop_NAME(o, n)     n operations (its instructions are counted under callgrind).
// `o` is the object and `k` an int the compiler does not know; the expression or
// statement may use either. Reads hand their value to sink(); every iteration
// starts with clobber(), so nothing is hoisted out of the loop nor kept in
// registers across iterations, in either version.
struct registered {
  const char* name;
  void (*loop)(void*, long);
  void* (*make)();
};
inline registered registry[64];
inline int registry_size = 0;
inline bool add(const char* name, void (*loop)(void*, long), void* (*make)()) {
  registry[registry_size++] = {name, loop, make};
  return true;
}
}  // namespace bench

#define BENCH_READ(NAME, TYPE, EXPR)                                           \
  extern "C" BENCH_NOINLINE int one_##NAME(TYPE& o, int k) {                   \
    static_cast<void>(o), static_cast<void>(k);                                \
    return (EXPR);                                                             \
  }                                                                            \
  extern "C" BENCH_NOINLINE void loop_##NAME(void* object, long n) {           \
    TYPE& o = *static_cast<TYPE*>(object);                                     \
    for (long i = 0; i != n; ++i) {                                            \
      bench::clobber();                                                        \
      int k = static_cast<int>(i);                                             \
      static_cast<void>(o), static_cast<void>(k);                              \
      bench::sink(static_cast<int>(EXPR));                                     \
    }                                                                          \
  }                                                                            \
  static const bool registered_##NAME = bench::add(                          \
      #NAME, &loop_##NAME, [] { return static_cast<void*>(&make_object<TYPE>()); });

#define BENCH_WRITE(NAME, TYPE, STATEMENT)                                     \
  extern "C" BENCH_NOINLINE void one_##NAME(TYPE& o, int k) {                  \
    static_cast<void>(o), static_cast<void>(k);                                \
    STATEMENT;                                                                 \
  }                                                                            \
  extern "C" BENCH_NOINLINE void loop_##NAME(void* object, long n) {           \
    TYPE& o = *static_cast<TYPE*>(object);                                     \
    for (long i = 0; i != n; ++i) {                                            \
      bench::clobber();                                                        \
      int k = static_cast<int>(i);                                             \
      static_cast<void>(o), static_cast<void>(k);                              \
      STATEMENT;                                                               \
    }                                                                          \
  }                                                                            \
  static const bool registered_##NAME = bench::add(                          \
      #NAME, &loop_##NAME, [] { return static_cast<void*>(&make_object<TYPE>()); });

// The loop alone: what every loop_NAME costs besides its operation.
#define BENCH_BASELINE(TYPE) BENCH_READ(baseline, TYPE, k)

// main(): `prog OPERATION N` runs loop_OPERATION on its object, N times.
#define BENCH_MAIN()                                                           \
  int main(int argc, char** argv) {                                            \
    if (argc != 3) return 2;                                                   \
    long n = std::strtol(argv[2], nullptr, 10);                                \
    for (int i = 0; i != bench::registry_size; ++i)                            \
      if (std::strcmp(bench::registry[i].name, argv[1]) == 0) {                \
        bench::registry[i].loop(bench::registry[i].make(), n);                 \
        return 0;                                                              \
      }                                                                        \
    std::fprintf(stderr, "no operation %s\n", argv[1]);                        \
    return 2;                                                                  \
  }

#endif
