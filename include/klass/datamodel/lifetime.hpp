// klass/datamodel/lifetime.hpp — __del__, called once when the last reference to an object goes.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_LIFETIME_HPP
#define KLASS_DATAMODEL_LIFETIME_HPP

#include <exception>
#include <iostream>

#include <klass/error_handler.hpp>
#include <klass/class.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/instance.hpp>
#include <klass/special_names.hpp>

namespace klass::detail {

// slot_tp_finalize / PyObject_CallFinalizer: type(o).__del__(o) when the reference
// count reaches zero (klass::ref's destructor), once. An exception it raises is
// not propagated: CPython writes "Exception ignored in: ..." to stderr and goes on.
template <class C>
struct finalizer {
  static void finalize(instance<C>& self) noexcept {
#if KLASS_EXCEPTIONS
    try {
      special_method<special::del>(self)();
    } catch (const std::exception& e) {
      std::cerr << "Exception ignored in: " << klass::name<C> << ".__del__\n" << e.what() << '\n';
    } catch (...) {
      std::cerr << "Exception ignored in: " << klass::name<C> << ".__del__\n";
    }
#else
    special_method<special::del>(self)();  // without exceptions it cannot raise
#endif
  }
};

}  // namespace klass::detail

#endif
