# The habr notes (part 2), "type and object": object is the root of every class,
# type is the class of classes and a subclass of object; a metaclass derives from
# type; an ordinary instance is an instance of its class and of object, not of type.


def names(classes):
    return [c.__name__ for c in classes]


print(object.__name__, type.__name__)
print(names(object.__bases__), names(type.__bases__), names(type.__mro__))
print(issubclass(type, object), issubclass(object, type))


class A:
    pass


class Meta(type):
    pass


print(names(A.__bases__), names(Meta.__mro__))
print(issubclass(Meta, type), issubclass(A, type))
a = A()
print(isinstance(a, A), isinstance(a, object), isinstance(a, type))
print(type(a) is A, type(a).__name__)
