# "Tracking instances and __new__" (seed 000): __new__ numbers each instance and
# tracks it; the instance_name property gives Base0, Base1, ...; __init__ merges
# the class's defaults with the call's keywords, registers the instance by name
# in Component_Resolve and gives it memory_size bytes of anonymous mmap memory;
# send_to writes a message into another instance's memory and read_messages
# reads its own.
#
# Ported to Python 3: messages are bytes (b"delimiter"), object.__new__ takes the
# class alone, and the seed's instance_tracker (used but never defined there) is
# one dict per class. One session: the numbers go on from one step to the next,
# where the seed starts each snippet afresh. Addresses are never printed.
import mmap

Component_Resolve = {}
Component_Memory = {}


class Base(object):

    instance_count = 0
    instance_tracker = {}

    defaults = {"memory_size": 4096, "network_packet_size": 8192}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.instance_tracker = {}  # each class tracks its own instances

    def _get_name(self):
        return type(self).__name__ + str(self.instance_number)
    instance_name = property(_get_name)

    def __new__(cls, *args, **kwargs):
        instance = super(Base, cls).__new__(cls)
        instance_number = instance.instance_number = cls.instance_count
        cls.instance_tracker[instance_number] = instance
        cls.instance_count += 1
        return instance

    def __init__(self, **kwargs):
        options = self.defaults.copy()
        options.update(kwargs)
        self.attribute_setter(**options)
        Component_Resolve[self.instance_name] = self
        Component_Memory[self.instance_name] = mmap.mmap(-1, self.memory_size)

    def attribute_setter(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def send_to(self, component_name, message):
        Component_Memory[component_name].write(message + b"delimiter")

    def read_messages(self):
        memory = Component_Memory[self.instance_name]
        memory.seek(0)
        data = memory.read(self.memory_size)
        memory.seek(0)
        if data.count(b"delimiter"):
            size = len(data)
            # What follows the last delimiter is empty memory, not a message
            # (the seed's data.split("delimiter") keeps it as a last element).
            messages = data.split(b"delimiter")[:-1]
            memory.write(b"\x00" * size)
            memory.seek(0)
        else:
            messages = []
        return messages


# Not in the seed: the explicit end of an instance (klass::runtime::release).
def release(instance):
    del Component_Resolve[instance.instance_name]
    del type(instance).instance_tracker[instance.instance_number]


# >>> b = base.Base()
b = Base()
print("b.instance_number:", b.instance_number)
print("Base.instance_tracker[0] is b:", Base.instance_tracker[0] is b)
print("b.instance_name:", repr(b.instance_name))

# Options: the class's defaults, updated by the call's keywords.
print("Base.defaults:", Base.defaults)
print("b.memory_size:", b.memory_size, "b.network_packet_size:", b.network_packet_size)
print("len(Component_Memory['Base0']):", len(Component_Memory["Base0"]))
big = Base(memory_size=65536)
print(big.instance_name, "memory_size:", big.memory_size, "network_packet_size:", big.network_packet_size,
      "memory:", len(Component_Memory[big.instance_name]))

# >>> base.Base() # instantiate but did not assign the result to a variable
Base()
found = Component_Resolve["Base2"]
print("Component_Resolve['Base2'] is a", type(found).__name__, "numbered", found.instance_number,
      "named", repr(found.instance_name))
print("Base.instance_tracker[2] is Component_Resolve['Base2']:", Base.instance_tracker[2] is found)
print("Base.instance_count:", Base.instance_count)
print("sorted(Component_Resolve):", sorted(Component_Resolve))

# The messages: c sends to Base0, b reads them.
b_data = []  # the seed's b.data: a klass instance holds only declared names
c = Base()
c_data = b"this is a test message!"
c.send_to("Base0", c_data)
for message in b.read_messages():
    b_data.append(message.decode())
print("b.data:", b_data)
print("b.read_messages() again:", b.read_messages())
c.send_to(c.instance_name, b"to myself")
c.send_to(c.instance_name, b"twice")
print(c.instance_name, "reads:", [m.decode() for m in c.read_messages()])

# Subclasses: Derived reads Base.instance_count until it has counted an
# instance of its own (cls.instance_count += 1 assigns it on Derived), then
# counts alone; Counted declares its own instance_count and starts from 0.
class Derived(Base):
    pass


class Counted(Base):
    instance_count = 0


d = Derived()
print("Derived():", d.instance_name)
print("Base():", Base().instance_name)
print("Derived():", Derived().instance_name)
print("Counted():", Counted().instance_name, "then", Counted().instance_name)
print("sorted(Derived.instance_tracker):", sorted(Derived.instance_tracker))
print("sorted(Base.instance_tracker):", sorted(Base.instance_tracker))
print("Component_Resolve['Derived4'] is d:", Component_Resolve["Derived4"] is d)

# Releasing: the name and the tracker let go; d itself lives while it is held.
release(d)
print("after release(d): 'Derived4' in Component_Resolve:", "Derived4" in Component_Resolve,
      "| sorted(Derived.instance_tracker):", sorted(Derived.instance_tracker), "| d.instance_name:", d.instance_name)
print("sorted(Component_Resolve):", sorted(Component_Resolve))
