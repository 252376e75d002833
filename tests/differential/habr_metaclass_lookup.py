# The habr notes, part 2: C.x looks in C's dict, then its bases' dicts, then its
# metaclass's; an instance's lookup never reaches the metaclass.
class Ameta(type):
    def foo(cls):
        return 'Ameta.foo of ' + cls.__name__
    tag = 'Ameta.tag'


class A(metaclass=Ameta):
    pass


class B(A):
    @classmethod
    def foo(cls):                       # B's own dict wins over the metaclass
        return 'B.foo of ' + cls.__name__


class C(B):
    pass


class D(A):
    tag = 'D.tag'


print(A.foo())
print(B.foo(), C.foo())
print(D.foo())
a, b, c, d = A(), B(), C(), D()
print(hasattr(A, 'foo'), hasattr(a, 'foo'))
print(b.foo(), c.foo())                 # the classmethod is in the instances' MRO
print(hasattr(D, 'foo'), hasattr(d, 'foo'))
print(A.tag, C.tag, D.tag, d.tag)
print(hasattr(a, 'tag'), hasattr(c, 'tag'), hasattr(d, 'tag'))
