# CPython 3.13 Lib/test/test_descr.py, creation: test_newslots (__new__ sets an
# attribute that __init__ then updates, inherited by a subclass), test_funny_new
# (__new__ returning a list skips __init__; returning object.__new__(D) for a
# subclass D runs D's __init__; an explicit staticmethod __new__ gets the class,
# a classmethod __new__ gets it twice), test_object_new and
# test_object_new_and_init_with_parameters (the calls object.__new__ and
# object.__init__ accept: extra arguments are fine for the one whose partner is
# overridden), a cooperative __init__ diamond, and test_abc's
# test_all_new_methods_are_called (an ABC base does not hide a later base's __new__).
#
# Python's TypeErrors for refused arguments are compile errors in klass, so this
# pair covers only the calls that succeed; the refusals are tests/fail/
# create_takes_no_arguments.cpp (C() takes no arguments),
# create_object_init_extra_arguments.cpp (object.__init__() takes exactly one
# argument) and create_init_returns_value.cpp (test_init: __init__() should return
# None). Skipped: test_bad_new and test_restored_object_new (expected failures in
# CPython itself; list.__new__ and del C.__new__ are not expressible).
class C:
    def __new__(cls):
        self = super().__new__(cls)
        self.foo = 1
        return self

    def __init__(self):
        self.foo = self.foo + 2


class D(C):
    pass


a, b = C(), D()
print(a.foo, type(a).__name__, b.foo, type(b).__name__)


# test_funny_new
class Funny:
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        elif isinstance(arg, int):
            return object.__new__(FunnyChild)
        else:
            return object.__new__(cls)


class FunnyChild(Funny):
    def __init__(self, arg):
        print('FunnyChild.__init__', repr(arg))
        self.foo = arg


print(Funny('1'), FunnyChild('1'))
d = FunnyChild(None)
print(type(d).__name__, d.foo)
d = Funny(1)
print(type(d).__name__, isinstance(d, FunnyChild), d.foo)
d = FunnyChild(1)
print(type(d).__name__, d.foo)
print(type(Funny(None)).__name__)


def show(args):
    return '(' + ', '.join(a.__name__ if isinstance(a, type) else repr(a) for a in args) + ')'


class StaticNew:
    @staticmethod
    def __new__(*args):
        return args


class StaticNewChild(StaticNew):
    pass


class ClassNew:
    @classmethod
    def __new__(*args):
        return args


class ClassNewChild(ClassNew):
    pass


print(show(StaticNew(1, 2)), show(StaticNewChild(1, 2)), show(ClassNew(1, 2)), show(ClassNewChild(1, 2)))


# test_object_new: the calls that succeed.
class Neither:
    pass


class InitOnly:
    def __init__(self, foo):
        self.foo = foo


class NewOnly:
    def __new__(cls, foo):
        return object.__new__(cls)


class Both:
    def __new__(cls, foo):
        return object.__new__(cls)

    def __init__(self, foo):
        self.foo = foo


print(type(object.__new__(Neither)).__name__, object.__init__(Neither()))
print(type(object.__new__(InitOnly)).__name__, type(object.__new__(InitOnly, 5)).__name__, object.__init__(InitOnly(3)))
print(type(object.__new__(NewOnly)).__name__, object.__init__(NewOnly(3)), object.__init__(NewOnly(3), 5))
print(type(object.__new__(Both)).__name__, object.__init__(Both(3)), Both(4).foo)


# test_object_new_and_init_with_parameters: the calls that succeed.
class OverrideNew:
    def __new__(cls, foo, kw=0, *args, **kwds):
        print('OverrideNew.__new__', cls.__name__, foo, kw)
        return object.__new__(cls, *args, **kwds)


class OverrideInit:
    def __init__(self, foo, kw=0, *args, **kwargs):
        print('OverrideInit.__init__', type(self).__name__, foo, kw)
        return object.__init__(self, *args, **kwargs)


class OverrideBoth(OverrideNew, OverrideInit):
    pass


for case in OverrideNew, OverrideInit, OverrideBoth:
    print(type(case(1)).__name__, type(case(1, kw=2)).__name__)


# A cooperative __init__ diamond: each class once, in MRO order.
class Root:
    def __init__(self, x):
        print('Root', x)
        super().__init__()


class Left(Root):
    def __init__(self, x):
        print('Left', x)
        super().__init__(x + 1)


class Right(Root):
    def __init__(self, x):
        print('Right', x)
        super().__init__(x * 10)


class Bottom(Left, Right):
    def __init__(self, x):
        print('Bottom', x)
        super().__init__(x)


Bottom(1)


# test_abc test_all_new_methods_are_called
import abc


class AbcBase(metaclass=abc.ABCMeta):
    pass


class Counting:
    counter = 0

    def __new__(cls):
        Counting.counter += 1
        return super().__new__(cls)


class Mixed(AbcBase, Counting):
    pass


print(Counting.counter)
m = Mixed()
print(Counting.counter, type(m).__name__)
