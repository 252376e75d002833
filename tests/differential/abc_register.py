# CPython 3.13 Lib/test/test_abc.py, virtual subclasses: test_registration_basics
# (a registered class and its subclasses are subclasses and their instances
# instances; the MRO and the attributes do not change), test_registration_builtins
# (registering with a subclass ABC B of A makes the class a subclass of A too),
# test_registration_transitiveness (A.register(B), B1(B), B1.register(C1): C1 is a
# subclass of B1, B and A, C is not), test_registration_edge_cases (A.register(A)
# and A.register(C) for a real subclass C pass silently).
#
# klass registers at compile time (template <> struct klass::abc_register<C> :
# klass::bases<ABC> {}), so there is no "before registration": a class never
# registered stands for it. Skipped: registering builtins (int, str: not klass
# classes; a klass class stands for them), A.register's return value and its
# use as a decorator, the cache token, cycles (A1.register(A) is a RuntimeError;
# a compile error in klass, tests/fail/abc_register_cycle.cpp) and registering a
# non-class (4).
import abc


class A(metaclass=abc.ABCMeta):
    def abc_only(self):
        return 'A.abc_only'


class B:
    pass


class C(B):
    pass


class Unregistered:
    pass


A.register(B)
print(issubclass(B, A), isinstance(B(), A), issubclass(C, A), isinstance(C(), A))
print(issubclass(Unregistered, A), isinstance(Unregistered(), A), issubclass(A, B), isinstance(42, A))
print([k.__name__ for k in B.__mro__], hasattr(B, 'abc_only'), hasattr(B(), 'abc_only'))


# test_registration_builtins, with klass classes standing for int and str.
class Number:
    pass


class MyNumber(Number):
    pass


class BSub(A):
    pass


class Text:
    pass


class MyText(Text):
    pass


A.register(Number)
BSub.register(Text)
print(issubclass(Number, A), issubclass(MyNumber, A), isinstance(MyNumber(), A), issubclass(Number, BSub))
print(issubclass(Text, A), issubclass(Text, BSub), issubclass(MyText, A), isinstance(MyText(), BSub))


# test_registration_transitiveness
class TA(metaclass=abc.ABCMeta):
    pass


class TB(metaclass=abc.ABCMeta):
    pass


class TC(metaclass=abc.ABCMeta):
    pass


TA.register(TB)


class TB1(TB):
    pass


class TC1(TC):
    pass


TB1.register(TC1)


class Leaf:
    pass


class MyLeaf(Leaf):
    pass


TC1.register(Leaf)
print(issubclass(TA, TA), issubclass(TB, TA), issubclass(TB1, TA), issubclass(TA, TB))
print(issubclass(TC, TB), issubclass(TC, TB1), issubclass(TC, TA))
print(issubclass(TC1, TA), issubclass(TC1, TB), issubclass(TC1, TB1))
print(issubclass(MyLeaf, TA), issubclass(MyLeaf, TB1), isinstance(MyLeaf(), TA), isinstance(Leaf(), TC))


# test_registration_edge_cases
class E(metaclass=abc.ABCMeta):
    pass


class E1(E):
    pass


class Plain:
    pass


E.register(E)        # already a subclass: nothing happens
E.register(E1)       # likewise
E1.register(Plain)
print(issubclass(E, E), issubclass(E1, E), issubclass(E, E1), issubclass(Plain, E), issubclass(Plain, E1))
