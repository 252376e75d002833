# CPython 3.13 Lib/test/test_super.py: super() in class methods binds the class
# the call started from (test_class_methods_still_working,
# test_super_in_class_methods_working: D.cm is a plain function, so called on an
# instance its "cls" is the instance, and super(D, d).cm() binds C.cm to type(d));
# a base's staticmethod reached through super (test_mixed_staticmethod_hierarchy:
# from a class, super gives a plain function unbound and a staticmethod's function);
# super() in __new__ (test_reassigned_new, without the reassignment: klass cannot
# add a class attribute at run time).
#
# Python's tuples are shown by show(): a class by its name, an instance as Name(),
# a string by its repr. klass builds the same text.
def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + ')'
    if isinstance(v, type):
        return v.__name__
    if isinstance(v, str):
        return repr(v)
    return type(v).__name__ + '()'


class A:
    @classmethod
    def cm(cls):
        return (cls, 'A')


class B(A):
    @classmethod
    def cm(cls):
        return (cls, super().cm(), 'B')


class C(A):
    @classmethod
    def cm(cls):
        return (cls, super().cm(), 'C')


class D(C, B):
    def cm(cls):                 # not a classmethod: "cls" is whatever is bound or passed
        return (cls, super().cm(), 'D')


class E(D):
    pass


class G(A):
    pass


print(show(A.cm()), show(A().cm()), show(G.cm()), show(G().cm()))
print(show(B.cm()), show(C().cm()))
print(show(D().cm()))
print(show(E().cm()))
print(show(D.cm(D)))
print(show(D.cm(E())))
print(show(super(D, D).cm()), show(super(C, E).cm()), show(super(B, E()).cm()))


# test_mixed_staticmethod_hierarchy
class SA:
    @staticmethod
    def some(cls, *args):
        return 'SA.some(%s, %d args)' % (cls.__name__, len(args))


class SB(SA):
    def some(cls, *args):
        return 'SB > ' + super().some(cls, *args)


class SC(SB):
    @staticmethod
    def some(cls):
        return 'SC > ' + super(SC, cls).some(cls)


print(SC.some(SC))
print(SB.some(SC, 1, 2), SC().some(SC))
print(super(SB, SC).some(SB), super(SB, SC()).some(SC, 3))


# super() in __new__: each __new__ hands on to the next with super(X, cls).__new__(cls, ...)
class N1:
    def __new__(cls, *args):
        print('N1.__new__', cls.__name__, *args)
        return super().__new__(cls)

    def __init__(self, *args):
        print('N1.__init__', type(self).__name__, *args)


class N2(N1):
    def __new__(cls, x):
        print('N2.__new__', cls.__name__, x)
        return super().__new__(cls, x)


class N3(N2):
    pass


class NoneNew:
    def __new__(cls):
        pass


class NoneNewChild(NoneNew):
    def __new__(cls):
        return super().__new__(cls)


n = N3(5)
print(type(n).__name__, N1(6, 7).__class__.__name__)
print(NoneNewChild(), NoneNew())
