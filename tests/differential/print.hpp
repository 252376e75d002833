// Python's print() and `except E as e: print("E:", e)` for the differential programs,
// so that a C++ scenario prints exactly what its Python twin prints.
#ifndef KLASS_TESTS_DIFFERENTIAL_PRINT_HPP
#define KLASS_TESTS_DIFFERENTIAL_PRINT_HPP

#include <iostream>
#include <string_view>

#include <klass/errors.hpp>

namespace differential {

// One value as print() writes it: a bool is True or False.
template <class T>
void put(const T& value) {
  std::cout << value;
}
inline void put(bool value) { std::cout << (value ? "True" : "False"); }

// print(a, b, ...): the values separated by one space, then a newline.
template <class... Ts>
void print(const Ts&... values) {
  std::string_view separator;
  ((std::cout << separator, put(values), separator = " "), ...);
  std::cout << '\n';
}

// try: f()  except Exception as e: print(type(e).__name__ + ":", e)
template <class F>
void attempt(F f) {
  try {
    f();
  } catch (const klass::base_exception& e) {
    std::cout << e.python_name() << ": " << e.what() << '\n';
  }
}

}  // namespace differential

#endif
