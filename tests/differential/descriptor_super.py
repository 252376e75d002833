# The Descriptor HowTo on super(): super(B, obj).x looks for x in the MRO of
# type(obj), starting after B, and binds what it finds with
# __get__(obj, type(obj)); when obj is a class, with __get__(None, obj).
class Show:
    def __get__(self, obj, objtype=None):
        who = 'None' if obj is None else type(obj).__name__ + ' instance'
        return 'Show: obj=%s; type=%s' % (who, objtype.__name__)


class A:
    d = Show()

    def m(self):
        return 'A.m of ' + type(self).__name__

    @classmethod
    def c(cls):
        return 'A.c of ' + cls.__name__

    @property
    def p(self):
        return 'A.p of ' + type(self).__name__


class B(A):
    d = 'B.d'

    def m(self):
        return 'B.m, then ' + super().m()

    @classmethod
    def c(cls):
        return 'B.c, then ' + super().c()

    @property
    def p(self):
        return 'B.p, then ' + super().p


class C(B):
    pass


c = C()
print(c.d, '|', super(B, c).d)
print(super(B, C).d)
print(super(C, c).d, super(C, C).d)
print(c.m())
print(super(B, c).m())
print(super(B, C).m(c))
print(C.c(), '|', c.c())
print(c.p)
print(super(C, c).p)
