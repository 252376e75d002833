# The seed's Component_Resolve (seed 000) with mixed subclasses: instances of
# several subclasses of Base, created without being kept, are found again by
# name, and each is used with its own class deciding: its instance name, its
# class's __name__ and __mro__, its mailbox. Only the sensors are used as
# sensors (isinstance); asking for another class is a TypeError.
#
# Base is the one of examples/python/tracking_instances.py (Python 3: messages
# are bytes, printed decoded; one instance_tracker per class).
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



class Sensor(Base):
    kind = "a sensor"


class Thermometer(Sensor):
    kind = "a thermometer"


class Logger(Base):
    pass


def resolve(name, cls):
    """Component_Resolve[name], which must be an instance of cls."""
    instance = Component_Resolve[name]
    if not isinstance(instance, cls):
        raise TypeError(f"{name!r} is an instance of {type(instance).__name__}, not of {cls.__name__}")
    return instance


# Instantiate, but keep nothing: Component_Resolve holds them.
Sensor()
Logger()
Thermometer()
Sensor(memory_size=65536)

names = sorted(Component_Resolve)
print("sorted(Component_Resolve):", names)

# Component_Resolve[name]: whatever its class, as a Base.
everyone = []
for name in names:
    o = resolve(name, Base)
    mro = [c.__name__ for c in type(o).__mro__]
    print(f"{name}: a {type(o).__name__}, instance_name {o.instance_name!r}, memory_size {o.memory_size}, __mro__ {mro}")
    everyone.append(o)

# The Logger tells everyone (itself included) its name, through the base.
logger = resolve("Logger0", Base)
for name in names:
    logger.send_to(name, ("hello " + name).encode())
for o in everyone:
    print(o.instance_name, "reads", [m.decode() for m in o.read_messages()])

# Only the sensors, as Sensors: Thermometer is one too.
for name in names:
    if not isinstance(resolve(name, Base), Sensor):
        continue
    sensor = resolve(name, Sensor)
    print(name, "is", sensor.kind)
try:
    resolve("Logger0", Sensor)
except TypeError:
    print("Component_Resolve['Logger0'] as a Sensor: TypeError")
