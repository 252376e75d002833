// klass/datamodel/classinfo.hpp — isinstance and issubclass with a tuple of classes, as Python's classinfo tuple.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_CLASSINFO_HPP
#define KLASS_DATAMODEL_CLASSINFO_HPP

#include <boost/hana/tuple.hpp>

#include <klass/abc.hpp>
#include <klass/class.hpp>
#include <klass/instance.hpp>
#include <klass/mro.hpp>

namespace klass {

// isinstance(o, (A, B)): an instance of any of them (object_isinstance walks the
// tuple, recursively: a tuple may hold tuples).
template <class Object, class... Classes>
constexpr bool isinstance(const Object& object, const boost::hana::tuple<Classes...>& classes) {
  return boost::hana::unpack(classes, [&](const auto&... each) { return (klass::isinstance(object, each) || ...); });
}

// issubclass(D, (A, B)): klass::issubclass<D, boost::hana::tuple<A, B>>, a
// subclass of any of them.
template <class_type D, class... Bs>
inline constexpr bool issubclass<D, boost::hana::tuple<Bs...>> = (issubclass<D, Bs> || ...);

}  // namespace klass

#endif
