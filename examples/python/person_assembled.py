# "A basic class" (sourpoi): the Person type written as a class statement, then
# assembled by hand with type.__new__ and object.__new__, step by step, until
# Person('Moe') works again; type.__call__ written out as instantiate(); a
# __new__ that delegates to its base's.
#
# type.__new__(type, 'Person', (object,), namespace) creates a class at run
# time. A klass class is a C++ type, created when the program is compiled
# (docs/limitations.md), so the C++ twin declares each assembled Person as a
# struct: its name is the struct's, `bases` its bases, `dict` the namespace.


# A basic class
class Person(object):

    def __init__(self, name):
        self.name = name

    def say_hello(self, friend):
        print('{} says: Hello {}!'.format(self.name, friend))


moe = Person('Moe')
moe.say_hello('Larry')

# The basic type and object: an empty namespace, object.__new__, a free function.
# (moe.name = 'Moe' adds a name to the instance; a klass instance holds the names
# its class declares, so the C++ namespace declares `name`.)
clsname = 'Person'
bases = (object,)
namespace = {}
Person = type.__new__(type, clsname, bases, namespace)

moe = object.__new__(Person)
moe.name = 'Moe'


def say_hello(person, target):
    print('{} says: Hello {}!'.format(person.name, target))


say_hello(moe, 'Larry')


# Bound methods: __init__ and say_hello in the namespace.
def __init__(self, name):
    self.name = name


def say_hello(self, target):
    print('{} says: Hello {}!'.format(self.name, target))


namespace = {
    '__init__': __init__,
    'say_hello': say_hello}
Person = type.__new__(type, clsname, bases, namespace)

moe = object.__new__(Person)
moe.__init__('Moe')
moe.say_hello('Larry')


# Type.__new__(): __new__ in the namespace, an implicit staticmethod.
def __new__(cls):
    return object.__new__(cls)


namespace = {
    '__new__': __new__,
    '__init__': __init__,
    'say_hello': say_hello}
Person = type.__new__(type, clsname, bases, namespace)

moe = Person.__new__(Person)
moe.__init__('Moe')
moe.say_hello('Larry')
# Person('Larry') is a TypeError ("Person.__new__() takes 1 positional argument
# but 2 were given"); in klass the call does not compile.


# The assembled type: __new__ accepts what __init__ expects.
def __new__(cls, name):
    return object.__new__(cls)


namespace = {
    '__new__': __new__,
    '__init__': __init__,
    'say_hello': say_hello}
Person = type.__new__(type, clsname, bases, namespace)

moe = Person('Moe')
moe.say_hello('Larry')
print(Person.__name__, [base.__name__ for base in Person.__bases__], type(moe).__name__)


# Arion Sprague's summary of what calling a class does.
def instantiate(cls, *args, **kwargs):
    obj = cls.__new__(cls, *args, **kwargs)
    if isinstance(obj, cls):
        cls.__init__(obj, *args, **kwargs)
    return obj


larry = instantiate(Person, 'Larry')
larry.say_hello('Curly')


# __new__() considers super(): a __new__ of its own calls a base's.
class Base:
    pass


class Type(Base):

    def __new__(cls, arg):
        return Base.__new__(cls)

    def __init__(self, arg):
        self.arg = arg
        print("I coordinated the arguments of __init__ and __new__!")


t = Type('an arg')
print(type(t).__name__, t.arg)
