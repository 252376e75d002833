# The Descriptor HowTo, "Invoking Descriptors": o.d calls
# type(o).__dict__['d'].__get__(o, type(o)); C.d calls __get__(None, C), with the
# class used, not the class that defines d. A descriptor can also be called directly.
# (test_descr's doc descriptor: __doc__ is an attribute like any other.)
class Show:
    def __get__(self, obj, objtype=None):
        who = 'None' if obj is None else type(obj).__name__ + ' instance'
        return 'obj=%s; type=%s' % (who, objtype.__name__)


class A:
    d = Show()
    __doc__ = Show()


class B(A):
    pass


a, b = A(), B()
print(a.d)
print(A.d)
print(b.d)
print(B.d)
print(A.__doc__)
print(a.__doc__)
print(A.__dict__['d'].__get__(b, A))
print(A.__dict__['d'].__get__(None, B))
print(type(A.__dict__['d']).__name__)   # the dict holds the descriptor itself
