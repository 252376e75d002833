// klass/klass.hpp — the umbrella header of the compile-time object model.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_KLASS_HPP
#define KLASS_KLASS_HPP

// The Hana algorithms most used on MROs and bases, so `klass::mro<A> == ...`
// and `hana::for_each(klass::mro<A>, ...)` work with this header alone.
#include <boost/hana/equal.hpp>
#include <boost/hana/for_each.hpp>

// The public headers, lowest layer first (docs/design.md draws the graph).
#include <klass/version.hpp>
#include <klass/names.hpp>
#include <klass/constants.hpp>
#include <klass/errors.hpp>
#include <klass/error_handler.hpp>
#include <klass/descriptors.hpp>
#include <klass/dict.hpp>
#include <klass/class.hpp>
#include <klass/class_object.hpp>
#include <klass/mro.hpp>
#include <klass/metaclass.hpp>
#include <klass/instance.hpp>
#include <klass/ref.hpp>
#include <klass/attribute_errors.hpp>
#include <klass/lookup.hpp>
#include <klass/super.hpp>
#include <klass/isinstance.hpp>
#include <klass/abc.hpp>
#include <klass/explain.hpp>
#include <klass/create.hpp>
#include <klass/singleton.hpp>
#include <klass/datamodel.hpp>
#include <klass/polymorphism.hpp>

#endif
