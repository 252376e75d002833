# The Descriptor HowTo's pure-Python staticmethod and classmethod: non-data
# descriptors whose __get__ returns the plain function, or a function with the
# class put first. They behave as the built-ins do, from classes, instances and
# subclasses.
class StaticMethod:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        return self.f


class ClassMethod:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, klass=None):
        if klass is None:
            klass = type(obj)

        def newfunc(*args):
            return self.f(klass, *args)
        return newfunc


def scale(x):
    return x * 10


def describe(klass, x):
    return '(%r, %d)' % (klass.__name__, x)


class E:
    emulated_static = StaticMethod(scale)
    builtin_static = staticmethod(scale)
    emulated_class = ClassMethod(describe)
    builtin_class = classmethod(describe)


class F(E):
    pass


e, f = E(), F()
print(E.emulated_static(3), e.emulated_static(3), F.emulated_static(3), f.emulated_static(3))
print(E.builtin_static(3), e.builtin_static(3), F.builtin_static(3), f.builtin_static(3))
print(E.emulated_class(3), e.emulated_class(4), F.emulated_class(5), f.emulated_class(6))
print(E.builtin_class(3), e.builtin_class(4), F.builtin_class(5), f.builtin_class(6))
print(E.__dict__['emulated_class'].__get__(f)(7), E.__dict__['builtin_class'].__get__(f)(7))
