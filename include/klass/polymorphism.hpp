// klass/polymorphism.hpp — umbrella of polymorphism: base-typed handles, their tables, run-time types, casts and run-time names.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_POLYMORPHISM_HPP
#define KLASS_POLYMORPHISM_HPP

#include <klass/polymorphism/signature.hpp>
#include <klass/polymorphism/interface.hpp>
#include <klass/polymorphism/conformance.hpp>
#include <klass/polymorphism/name_index.hpp>
#include <klass/polymorphism/table.hpp>
#include <klass/polymorphism/handle.hpp>
#include <klass/polymorphism/type.hpp>
#include <klass/polymorphism/super.hpp>
#include <klass/polymorphism/cast.hpp>
#include <klass/polymorphism/names.hpp>
#include <klass/polymorphism/datamodel.hpp>

#endif
