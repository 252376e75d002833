# PyMOTW's abc plugins used through PluginBase: a program that knows only the
# plugin API keeps every plugin in one list and calls load and save on each,
# whatever its class — a registered implementation (a virtual subclass: its
# MRO does not contain PluginBase) and a subclass. The same classes as
# examples/python/abc_plugins.py.
import abc
import sys
from io import StringIO


class PluginBase(metaclass=abc.ABCMeta):

    @abc.abstractmethod
    def load(self, input):
        """Retrieve data from the input source and return an object."""
        return

    @abc.abstractmethod
    def save(self, output, data):
        """Save the data object to the output."""
        return


class RegisteredImplementation:

    def load(self, input):
        return input.read()

    def save(self, output, data):
        return output.write(data)


PluginBase.register(RegisteredImplementation)


class SubclassImplementation(PluginBase):

    def load(self, input):
        return input.read()

    def save(self, output, data):
        return output.write(data)


# A plugin that upper-cases what it saves: it extends SubclassImplementation's
# save through super().
class ShoutingImplementation(SubclassImplementation):

    def save(self, output, data):
        return super(ShoutingImplementation, self).save(output, data.upper())


# The program: it knows PluginBase only.
def copy_through(plugin, text):
    data = plugin.load(StringIO(text))
    plugin.save(sys.stdout, data + "\n")


plugins = [RegisteredImplementation(), SubclassImplementation(), ShoutingImplementation()]
for plugin in plugins:
    name = type(plugin).__name__
    print(f"{name}: isinstance {isinstance(plugin, PluginBase)}, "
          f"PluginBase in __mro__ {'PluginBase' in [c.__name__ for c in type(plugin).__mro__]}")
    copy_through(plugin, "data for " + name)
# Only a subclass reaches PluginBase's methods through super(): a
# registered class has no PluginBase in its MRO.
for plugin in plugins:
    if isinstance(plugin, SubclassImplementation):
        print(type(plugin).__name__, "is a SubclassImplementation")
