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

// The data model (<klass/datamodel/...>): binary operators, each with its reflected
// and in-place forms (binary_op1, binary_iop1); a trailing _ where the name is a C++ keyword.
using add = attr_c<"__add__">;
using radd = attr_c<"__radd__">;
using iadd = attr_c<"__iadd__">;
using sub = attr_c<"__sub__">;
using rsub = attr_c<"__rsub__">;
using isub = attr_c<"__isub__">;
using mul = attr_c<"__mul__">;
using rmul = attr_c<"__rmul__">;
using imul = attr_c<"__imul__">;
using matmul = attr_c<"__matmul__">;
using rmatmul = attr_c<"__rmatmul__">;
using imatmul = attr_c<"__imatmul__">;
using truediv = attr_c<"__truediv__">;
using rtruediv = attr_c<"__rtruediv__">;
using itruediv = attr_c<"__itruediv__">;
using floordiv = attr_c<"__floordiv__">;
using rfloordiv = attr_c<"__rfloordiv__">;
using ifloordiv = attr_c<"__ifloordiv__">;
using mod = attr_c<"__mod__">;
using rmod = attr_c<"__rmod__">;
using imod = attr_c<"__imod__">;
using divmod = attr_c<"__divmod__">;
using rdivmod = attr_c<"__rdivmod__">;
using idivmod = attr_c<"__idivmod__">;
using pow = attr_c<"__pow__">;
using rpow = attr_c<"__rpow__">;
using ipow = attr_c<"__ipow__">;
using lshift = attr_c<"__lshift__">;
using rlshift = attr_c<"__rlshift__">;
using ilshift = attr_c<"__ilshift__">;
using rshift = attr_c<"__rshift__">;
using rrshift = attr_c<"__rrshift__">;
using irshift = attr_c<"__irshift__">;
using and_ = attr_c<"__and__">;
using rand = attr_c<"__rand__">;
using iand = attr_c<"__iand__">;
using xor_ = attr_c<"__xor__">;
using rxor = attr_c<"__rxor__">;
using ixor = attr_c<"__ixor__">;
using or_ = attr_c<"__or__">;
using ror = attr_c<"__ror__">;
using ior = attr_c<"__ior__">;
// Unary operators.
using neg = attr_c<"__neg__">;
using pos = attr_c<"__pos__">;
using invert = attr_c<"__invert__">;
using abs = attr_c<"__abs__">;
// Rich comparisons (PyObject_RichCompare).
using eq = attr_c<"__eq__">;
using ne = attr_c<"__ne__">;
using lt = attr_c<"__lt__">;
using le = attr_c<"__le__">;
using gt = attr_c<"__gt__">;
using ge = attr_c<"__ge__">;
// Hashing, truth, containers, iteration, text, context managers.
using hash = attr_c<"__hash__">;
using bool_ = attr_c<"__bool__">;
using len = attr_c<"__len__">;
using getitem = attr_c<"__getitem__">;
using setitem = attr_c<"__setitem__">;
using delitem = attr_c<"__delitem__">;
using contains = attr_c<"__contains__">;
using iter = attr_c<"__iter__">;
using next = attr_c<"__next__">;
using repr = attr_c<"__repr__">;
using str = attr_c<"__str__">;
using format = attr_c<"__format__">;
using enter = attr_c<"__enter__">;
using exit = attr_c<"__exit__">;

}  // namespace klass::detail::special

#endif
