// klass/datamodel.hpp — the umbrella of Python's data model on klass objects: operators, protocols, the type's own attributes.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_HPP
#define KLASS_DATAMODEL_HPP

#include <klass/datamodel/binary.hpp>
#include <klass/datamodel/call.hpp>
#include <klass/datamodel/classinfo.hpp>
#include <klass/datamodel/compare.hpp>
#include <klass/datamodel/container.hpp>
#include <klass/datamodel/context.hpp>
#include <klass/datamodel/hash.hpp>
#include <klass/datamodel/iteration.hpp>
#include <klass/datamodel/lifetime.hpp>
#include <klass/datamodel/special.hpp>
#include <klass/datamodel/text.hpp>
#include <klass/datamodel/truth.hpp>
#include <klass/datamodel/type_attributes.hpp>

#endif
