// klass/detail/type_name.hpp — the unqualified C++ name of a type, read at compile time.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DETAIL_TYPE_NAME_HPP
#define KLASS_DETAIL_TYPE_NAME_HPP

#include <cstddef>
#include <string_view>

namespace klass::detail {

template <class T>
constexpr std::string_view pretty_function() {
  return __PRETTY_FUNCTION__;
}

// The name of T as the compiler spells it: g++ writes "[with T = ns::A]" and
// clang "[T = ns::A]"; both end the argument with ']' (g++ may add "; ...").
template <class T>
constexpr std::string_view qualified_type_name() {
  constexpr std::string_view pretty = pretty_function<T>();
  constexpr std::size_t start = pretty.find("T = ") + 4;
  std::size_t end = start;
  int depth = 0;
  for (; end < pretty.size(); ++end) {
    char c = pretty[end];
    if (c == '<' || c == '(' || c == '[') ++depth;
    else if (c == '>' || c == ')') --depth;
    else if ((c == ']' || c == ';') && depth == 0) break;
    else if (c == ']') --depth;
  }
  return pretty.substr(start, end - start);
}

// Python's __name__ is the unqualified name: drop the namespaces and enclosing
// classes, i.e. everything up to the last "::" outside template arguments.
constexpr std::string_view unqualified(std::string_view name) {
  std::size_t cut = 0;
  int depth = 0;
  for (std::size_t i = 0; i + 1 < name.size(); ++i) {
    char c = name[i];
    if (c == '<' || c == '(') ++depth;
    else if (c == '>' || c == ')') --depth;
    else if (depth == 0 && c == ':' && name[i + 1] == ':') cut = i + 2;
  }
  std::string_view rest = name.substr(cut);
  // g++ may spell a class declared with a class-key as "struct A".
  for (std::string_view key : {"struct ", "class "})
    if (rest.substr(0, key.size()) == key) rest.remove_prefix(key.size());
  return rest;
}

template <class T>
inline constexpr std::string_view unqualified_type_name = unqualified(qualified_type_name<T>());

}  // namespace klass::detail

#endif
