# CPython 3.13 Lib/test/test_abc.py: the abstract set ABCMeta computes
# (__abstractmethods__: a class's own abstract names, and its bases' abstract
# names that its lookup still finds abstract), abstractmethod under property,
# classmethod and staticmethod and their legacy spellings
# (test_abstractproperty/classmethod/staticmethod_basics,
# test_abstractmethod_integration), the TypeError's wording for one and for many
# names (test_object_new_with_one/many_abstractmethods), a property with an
# abstract getter and setter replaced one at a time (test_descriptors_with_abstractmethod),
# a non-callable value implementing a name, multiple inheritance deciding by
# lookup (the setting of test_update_multi_inheritance), a metaclass that is an
# ABC (test_metaclass_abc), and abstractmethod without ABCMeta (no enforcement).
#
# Where Python calls C() and prints the TypeError, klass cannot: creating an
# abstract class is a compile error there (tests/fail/abc_instantiate_abstract.cpp).
# The klass twin asks klass::is_abstract<C> instead and, when it is true, prints
# "TypeError: " and the message of that compile error (the text g++ shows); when
# it is false it creates C, as Python does. __abstractmethods__ is
# klass::abstract_methods<C>; inspect.isabstract(C) is klass::is_abstract<C>.
#
# Skipped: test_update_* (abc.update_abstractmethods after adding or deleting class
# attributes at run time; klass classes are fixed), test_customdescriptors_with_abstractmethod
# and the NotBool case (a user-defined __isabstractmethod__; klass marks values with
# klass::abstractmethod only), the legacy spellings' own __isabstractmethod__ checks
# on bare functions (klass has no function objects to inspect).
import abc
import inspect


def instantiate(C):
    try:
        C()
        print(C.__name__ + '() created')
    except TypeError as e:
        print('TypeError:', e)


def report(C):
    print(C.__name__, sorted(C.__abstractmethods__), inspect.isabstract(C))
    instantiate(C)


# Fresh functions each time: abstractmethod marks the very function object it is given.
def m():
    return lambda self: 'method'


def cm():
    return lambda cls: 'classmethod of ' + cls.__name__


def sm():
    return lambda: 'staticmethod'


KINDS = [
    ('method', lambda: abc.abstractmethod(m()), m, 'call'),
    ('property', lambda: property(abc.abstractmethod(m())), lambda: property(m()), 'read'),
    ('abstractproperty', lambda: abc.abstractproperty(m()), lambda: property(m()), 'read'),
    ('classmethod', lambda: classmethod(abc.abstractmethod(cm())), lambda: classmethod(cm()), 'call'),
    ('abstractclassmethod', lambda: abc.abstractclassmethod(cm()), lambda: classmethod(cm()), 'call'),
    ('staticmethod', lambda: staticmethod(abc.abstractmethod(sm())), lambda: staticmethod(sm()), 'call'),
    ('abstractstaticmethod', lambda: abc.abstractstaticmethod(sm()), lambda: staticmethod(sm()), 'call'),
]

# test_abstractmethod_integration, for every way of marking foo abstract.
for kind, abstract, concrete, use in KINDS:
    print('--', kind)

    class C(metaclass=abc.ABCMeta):
        foo = abstract()

        def bar(self):
            return 'bar'
    report(C)

    class D(C):
        def bar(self):
            return 'D.bar'
    report(D)

    class E(D):
        foo = concrete()
    report(E)
    e = E()
    print(e.foo if use == 'read' else e.foo(), e.bar())

    class F(E):
        bar = abstract()
    report(F)

print('-- messages')


class One(abc.ABC):
    @abc.abstractmethod
    def method_one(self):
        pass


class Many(abc.ABC):
    @abc.abstractmethod
    def method_two(self):
        pass

    @abc.abstractmethod
    def method_one(self):
        pass

    @property
    @abc.abstractmethod
    def a_property(self):
        pass


report(One)
report(Many)
print(type(One).__name__, type(Many).__name__)

print('-- a property with an abstract getter and setter')


class P(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def foo(self):
        return 3

    @foo.setter
    @abc.abstractmethod
    def foo(self, value):
        pass


class PD(P):
    @P.foo.getter
    def foo(self):
        return super().foo


class PE(PD):
    @PD.foo.setter
    def foo(self, value):
        print('PE.foo set to', value)


report(P)
report(PD)
report(PE)
pe = PE()
pe.foo = 7
print(pe.foo)

print('-- a value implements a name; lookup decides with several bases')


class V(One):
    method_one = 3


report(V)
print(V().method_one)


class Left(abc.ABC):
    @abc.abstractmethod
    def foo(self):
        pass

    @abc.abstractmethod
    def left(self):
        pass


class Right(abc.ABC):
    def foo(self):
        return 'Right.foo'

    @abc.abstractmethod
    def right(self):
        pass


class RL(Right, Left):
    pass


class LR(Left, Right):
    pass


class Both(RL):
    def left(self):
        return 'left'

    def right(self):
        return 'right'


report(RL)
report(LR)
report(Both)
print(Both().foo(), Both().left(), Both().right())

print('-- a metaclass that is an ABC; abstractmethod without ABCMeta')


class X(abc.ABC):
    @abc.abstractmethod
    def x(self):
        pass


class meta(type, X):
    def x(cls):
        return 'x of ' + cls.__name__


class WithMeta(metaclass=meta):
    pass


print(type(meta).__name__, sorted(meta.__abstractmethods__), inspect.isabstract(meta), WithMeta.x(),
      isinstance(WithMeta, X))


class Plain:
    @abc.abstractmethod
    def load(self):
        return 'loaded anyway'


print(inspect.isabstract(Plain), Plain().load())
