# The Python twin of examples/mro.cpp (README's example): the method resolution
# order of a diamond, as `D.__mro__` gives it.


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


assert issubclass(D, A)

print("D.__mro__ =", " ".join(cls.__name__ for cls in D.__mro__))
