// klass/datamodel/builtin_attribute.hpp — the descriptor type of the attributes `type` and `object` define themselves.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_DATAMODEL_BUILTIN_ATTRIBUTE_HPP
#define KLASS_DATAMODEL_BUILTIN_ATTRIBUTE_HPP

namespace klass::detail {

// What each attribute answers: defined per name in <klass/datamodel/type_attributes.hpp>.
template <class Name>
struct builtin_attribute_impl;

// A getset descriptor, as CPython's type_getsets and object_getsets are: a data
// descriptor (it has set), so it wins over anything a class dict holds under the
// same name — A.__name__ is the class's name even if A's dict has "__name__".
// `type`'s dict holds __name__, __qualname__, __module__, __mro__, __bases__,
// __base__, __doc__ and __dict__; `object`'s holds __class__ and __dict__.
template <class Name>
struct builtin_attribute {
  template <class Object, class Owner>
  constexpr decltype(auto) get(Object& object, Owner owner) const {
    return builtin_attribute_impl<Name>::get(object, owner);
  }
  template <class Object, class Value>
  constexpr void set(Object& object, Value&&) const {
    builtin_attribute_impl<Name>::template refuse_set<Object>();
    static_cast<void>(object);
  }
};

}  // namespace klass::detail

#endif
