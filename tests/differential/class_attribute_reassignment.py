# Rebinding a class attribute (test_descr's dynamic classes, restated for names the
# class already has): the new value is seen through the MRO by every subclass and
# instance that does not shadow it, and hidden where a class nearer in the MRO or
# the instance itself holds the name. A function rebound in the class is bound
# as a method from then on.
def greet(self):
    return 'hello from ' + type(self).__name__


def shout(self):
    return 'HELLO FROM ' + type(self).__name__


class A:
    x = 'A.x'
    f = greet


class B(A):
    pass


class C(A):
    x = 'C.x'


class D(B, C):
    pass


a, b, d = A(), B(), D()
print([k.__name__ for k in D.__mro__])
print(A.x, B.x, C.x, D.x, b.x, d.x)
A.x = 'A.x2'
print(A.x, B.x, D.x, a.x, b.x, d.x)
C.x = 'C.x2'
print(D.x, d.x, B.x)
b.x = 'b.x'
A.x = 'A.x3'
print(b.x, B().x, a.x)
print(a.f(), d.f())
A.f = shout
print(a.f(), d.f(), A.f(b))
