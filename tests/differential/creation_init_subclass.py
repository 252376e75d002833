# CPython 3.13 Lib/test/test_subclassinit.py: __init_subclass__ runs for each
# subclass (not for the class defining it), with the class keywords
# (test_init_subclass, test_init_subclass_kwargs), is inherited through a class
# without one (test_init_subclass_skipped), chains cooperatively in MRO order
# taking each its keyword (test_init_subclass_diamond: calls are right, then
# middle); __set_name__ runs before __init_subclass__, and both before the
# metaclass's __new__ returns (test_set_name_init_subclass).
#
# Each class keeps its observations in a trace (printed) instead of setting
# cls.initialized / cls.calls: klass cannot add a class attribute at run time.
# Each hook calls super().__init_subclass__ as the tests do, ending at
# object.__init_subclass__ (a classmethod doing nothing). As in Python, a plain
# function __init_subclass__ is implicitly a classmethod in klass too.
# Skipped: test_init_subclass_error/_wrong, test_set_name_error/_wrong (errors
# while creating a class; compile errors or C++ exceptions in klass), test_errors
# (keywords nobody accepts: TypeError at the class statement, a compile error in
# klass), test_set_name_modifying_dict, test_set_name_lookup, test_type
# (classes changed or made at run time).
class A:
    def __init_subclass__(cls):
        super().__init_subclass__()
        print('A.__init_subclass__', cls.__name__)


class B(A):
    pass


class C(B):
    pass


class K:
    def __init_subclass__(cls, **kwargs):
        print('K.__init_subclass__', cls.__name__, kwargs)


class KB(K, x=3):
    pass


class BaseWithInit:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('BaseWithInit.__init_subclass__', cls.__name__)


class BaseWithoutInit(BaseWithInit):
    pass


class Skipped(BaseWithoutInit):
    pass


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('Base', cls.__name__, 'calls = []')


class Left(Base):
    pass


class Middle:
    def __init_subclass__(cls, middle, **kwargs):
        super().__init_subclass__(**kwargs)
        print('Middle', cls.__name__, 'calls +=', middle)


class Right(Base):
    def __init_subclass__(cls, right='right', **kwargs):
        super().__init_subclass__(**kwargs)
        print('Right', cls.__name__, 'calls +=', right)


class Diamond(Left, Middle, Right, middle='middle'):
    pass


print([k.__name__ for k in Diamond.__mro__])


class Descriptor:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.owner = owner
        self.name = name


class Meta(type):
    def __new__(cls, name, bases, ns):
        self = super().__new__(cls, name, bases, ns)
        print('Meta.__new__ after type.__new__', self.__name__, self.d.owner.__name__, self.d.name)
        return self


class WithHook:
    def __init_subclass__(cls):
        super().__init_subclass__()
        print('WithHook.__init_subclass__', cls.__name__, cls.d.owner.__name__, cls.d.name)


class Described(WithHook, metaclass=Meta):
    d = Descriptor()


print(Described.d.owner is Described, Described.d.name)
