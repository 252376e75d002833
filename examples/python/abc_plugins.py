# PyMOTW's abc: a plugin API as an abstract base class, implemented by
# registration and by subclassing; an incomplete implementation; a concrete
# method reached through super(); abstract read-only and read-write properties.
# (Python 2's __metaclass__ = abc.ABCMeta is `metaclass=abc.ABCMeta`; the
# decorator @abc.abstractproperty is @property over @abc.abstractmethod, and the
# call abc.abstractproperty(getter, setter), still in Python 3.13, is kept: it
# marks the property abstract, not the getter in the class body.)
import abc
from io import StringIO


def names(cls):
    return [c.__name__ for c in cls.__mro__]


# abc_base.py
class PluginBase(metaclass=abc.ABCMeta):

    @abc.abstractmethod
    def load(self, input):
        """Retrieve data from the input source and return an object."""
        return

    @abc.abstractmethod
    def save(self, output, data):
        """Save the data object to the output."""
        return


# abc_register.py
class RegisteredImplementation:

    def load(self, input):
        return input.read()

    def save(self, output, data):
        return output.write(data)


PluginBase.register(RegisteredImplementation)

print('Subclass:', issubclass(RegisteredImplementation, PluginBase))
print('Instance:', isinstance(RegisteredImplementation(), PluginBase))
print('MRO:', names(RegisteredImplementation))   # registered, not derived


# abc_subclass.py
class SubclassImplementation(PluginBase):

    def load(self, input):
        return input.read()

    def save(self, output, data):
        return output.write(data)


print('Subclass:', issubclass(SubclassImplementation, PluginBase))
print('Instance:', isinstance(SubclassImplementation(), PluginBase))
print('MRO:', names(SubclassImplementation))
# abc_find_subclasses.py (PluginBase.__subclasses__()) is a limitation: a C++
# program cannot enumerate the classes deriving from a type (docs/seeds.md).


# abc_incomplete.py
class IncompleteImplementation(PluginBase):

    def save(self, output, data):
        return output.write(data)


PluginBase.register(IncompleteImplementation)

print('Subclass:', issubclass(IncompleteImplementation, PluginBase))
print('Abstract:', sorted(IncompleteImplementation.__abstractmethods__))
# IncompleteImplementation() raises "TypeError: Can't instantiate abstract class
# IncompleteImplementation without an implementation for abstract method 'load'";
# in klass that is a compile error (tests/fail/abc_instantiate_incomplete.cpp).


# abc_concrete_method.py
class ABCWithConcreteImplementation(metaclass=abc.ABCMeta):

    @abc.abstractmethod
    def retrieve_values(self, input):
        print('base class reading data')
        return input.read()


class ConcreteOverride(ABCWithConcreteImplementation):

    def retrieve_values(self, input):
        base_data = super(ConcreteOverride, self).retrieve_values(input)
        print('subclass sorting data')
        response = sorted(base_data.splitlines())
        return response


input = StringIO("""line one
line two
line three
""")

reader = ConcreteOverride()
print(reader.retrieve_values(input))
print()


# abc_abstractproperty.py
class Base(metaclass=abc.ABCMeta):

    @property
    @abc.abstractmethod
    def value(self):
        return 'Should never get here'


class Implementation(Base):

    @property
    def value(self):
        return 'concrete property'


# Base() raises "Can't instantiate abstract class Base ..."; in klass a compile
# error (tests/fail/abc_instantiate_abstract.cpp). The abstract set says why:
print('Base abstract:', sorted(Base.__abstractmethods__))
i = Implementation()
print('Implementation.value:', i.value)


# abc_abstractproperty_rw.py
class Base(metaclass=abc.ABCMeta):

    def value_getter(self):
        return 'Should never see this'

    def value_setter(self, newvalue):
        return

    value = abc.abstractproperty(value_getter, value_setter)


class PartialImplementation(Base):

    @property
    @abc.abstractmethod
    def value(self):
        return 'Read-only'


class Implementation(Base):

    _value = 'Default value'

    def value_getter(self):
        return self._value

    def value_setter(self, newvalue):
        self._value = newvalue

    value = property(value_getter, value_setter)


# Base() and PartialImplementation() are refused as above.
print('Base abstract:', sorted(Base.__abstractmethods__))
print('PartialImplementation abstract:', sorted(PartialImplementation.__abstractmethods__))
i = Implementation()
print('Implementation.value:', i.value)

i.value = 'New value'
print('Changed value:', i.value)


# abc_abstractproperty_rw_deco.py
class Base(metaclass=abc.ABCMeta):

    @property
    @abc.abstractmethod
    def value(self):
        return 'Should never see this'

    @value.setter
    def value(self, newvalue):
        return


class Implementation(Base):

    _value = 'Default value'

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, newvalue):
        self._value = newvalue


i = Implementation()
print('Implementation.value:', i.value)

i.value = 'New value'
print('Changed value:', i.value)
