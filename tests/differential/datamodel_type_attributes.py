# What a class and an object say about themselves (test_descr's type attribute
# checks): __name__, __qualname__, __module__, __mro__, __bases__, __base__,
# __doc__, __dict__ (names in order, `in`, lookup), __class__, type(C),
# isinstance(C, type); a class attribute assigned through a subclass binds in the
# subclass (type(self).count += 1 counts per class); isinstance with a tuple.
class A:
    """A's doc"""
    x = 1
    count = 0

    def __init__(self):
        type(self).count += 1


class B(A):
    pass


class C(B):
    pass


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


class Other:
    pass


print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(C.__mro__)
print(C.__bases__, C.__base__, object.__base__)
print(A, type(A), type(K), K.__class__, A().__class__)
print(isinstance(A, type), isinstance(K, Meta), isinstance(A, Meta))
print([n for n in A.__dict__ if not n.startswith('__') or n == '__init__'], 'x' in A.__dict__, A.__dict__['x'])
a = A()
a.x = 5
print(a.__dict__)
B.x = 7                          # binds in B: A.x stays 1
print(A.x, B.x, C.x, a.x, C().x)
del B.x
print(B.x)
B(), C(), C()
print(A.count, B.count, C.count)
print(isinstance(C(), (Other, A)), isinstance(A(), (B, C)), issubclass(C, (Other, B)))
