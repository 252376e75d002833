# The habr notes (part 2): what a metaclass defines is an attribute of its
# classes (found after the class's own MRO), never of their instances. B's own
# classmethod wins over the metaclass's foo; C inherits B's; D(A) uses Ameta.foo.
# __self__ shows what each method is bound to.
class Ameta(type):
    def foo(cls):
        print('Ameta.foo')


class A(metaclass=Ameta):
    pass


A.foo()
print(A.foo.__self__.__name__)
a = A()
print(hasattr(a, 'foo'))
# a.foo raises AttributeError: 'A' object has no attribute 'foo'; in klass a
# compile error (tests/fail/attr_object_has_no_attribute.cpp), so hasattr asks.


class B(A):
    @classmethod
    def foo(cls):
        print('B.foo')


print(B.foo.__self__.__name__)
B.foo()


class C(B):
    pass


C.foo()
print(C.foo.__self__.__name__)
c = C()
c.foo()
print(c.foo.__self__.__name__)


class D(A):
    pass


D.foo()
print(D.foo.__self__.__name__)
d = D()
print(hasattr(d, 'foo'))
