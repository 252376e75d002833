// klass/special_names.hpp — the special names klass's protocols look up, each spelled once.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_SPECIAL_NAMES_HPP
#define KLASS_SPECIAL_NAMES_HPP

#include <klass/names.hpp>

// Users write "__init__"_a; klass's own headers name the special methods through
// these aliases (the same types), so each is spelled here and nowhere else. A
// protocol that looks up a new special name adds it here.
namespace klass::detail::special {

// Creation: type.__call__, __new__, __init__ (CPython's type_call, slot_tp_new,
// slot_tp_init), and what type.__new__ calls or wraps.
using call = attr_c<"__call__">;
using new_ = attr_c<"__new__">;
using init = attr_c<"__init__">;
using init_subclass = attr_c<"__init_subclass__">;
using class_getitem = attr_c<"__class_getitem__">;

// Attribute access (slot_tp_getattr_hook, slot_tp_setattro).
using getattribute = attr_c<"__getattribute__">;
using getattr = attr_c<"__getattr__">;
using setattr = attr_c<"__setattr__">;
using delattr = attr_c<"__delattr__">;

// Abstract base classes (ABCMeta.__subclasscheck__).
using subclasshook = attr_c<"__subclasshook__">;

// The getset descriptors of `type` (type_getsets) and `object` (object_getsets).
using name_ = attr_c<"__name__">;
using qualname = attr_c<"__qualname__">;
using module = attr_c<"__module__">;
using mro_ = attr_c<"__mro__">;
using bases_ = attr_c<"__bases__">;
using base = attr_c<"__base__">;
using doc = attr_c<"__doc__">;
using dict_ = attr_c<"__dict__">;
using class_ = attr_c<"__class__">;

// An instance's end (slot_tp_finalize).
using del = attr_c<"__del__">;

}  // namespace klass::detail::special

#endif
