# CPython 3.13 Lib/test/test_abc.py test_subclasshook, extended: ABCMeta's
# __subclasscheck__ asks cls.__subclasshook__(C) first; True or False is the
# answer (even against the real MRO, so issubclass(A, A) is False when A's hook
# says so), NotImplemented hands on to the MRO and the registrations. The hook is
# inherited, so it sees which class asks (`cls is A`). isinstance(o, A) is True
# for an instance of A itself before any hook is asked (PyObject_IsInstance's
# exact-type check), and otherwise asks the hook about type(o).
#
# klass evaluates __subclasshook__ at compile time, so a hook's answer must be a
# constant there; 'foo' in C.__dict__ reads the class body (C::dict).
# Skipped: the tuple forms issubclass(C, (A,)) (klass has none), test_issubclass_bad_arguments
# (non-classes and bogus __subclasses__/__mro__: not expressible with klass classes).
import abc


class A(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is A:
            return 'foo' in C.__dict__
        return NotImplemented


class AA(A):
    pass


class B:
    foo = 42


class BB(B):            # foo is inherited, not in BB.__dict__
    pass


class C:
    spam = 42


print(issubclass(A, A), isinstance(A(), A), issubclass(AA, A), isinstance(AA(), A))
print(issubclass(B, A), isinstance(B(), A), issubclass(BB, A), issubclass(C, A), isinstance(C(), A))
print(issubclass(AA, AA), isinstance(AA(), AA), issubclass(B, AA), issubclass(A, AA))


class Anything(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True


class Nothing(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class NothingChild(Nothing):
    pass


class Registered:
    pass


Nothing.register(Registered)
print(issubclass(C, Anything), isinstance(B(), Anything), issubclass(Anything, Anything))
print(issubclass(NothingChild, Nothing), isinstance(NothingChild(), Nothing), isinstance(Nothing(), Nothing),
      issubclass(Registered, Nothing), issubclass(NothingChild, NothingChild))


# NotImplemented hands on to the registrations and the MRO.
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized and any('__len__' in k.__dict__ for k in C.__mro__):
            return True
        return NotImplemented


class HasLen:
    def __len__(self):
        return 3


class LenChild(HasLen):
    pass


class NoLen:
    pass


class Vouched:
    pass


class SizedChild(Sized):
    pass


Sized.register(Vouched)
print(issubclass(HasLen, Sized), issubclass(LenChild, Sized), issubclass(NoLen, Sized))
print(issubclass(Vouched, Sized), issubclass(SizedChild, Sized), issubclass(HasLen, SizedChild),
      isinstance(LenChild(), Sized))
