# The attribute model on objects whose class is known only at run time: every
# rule is the object's own class's (PyObject_GenericGetAttr / GenericSetAttr on
# type(o)). Objects of Base and of its subclasses: an instance-dict entry of a
# subclass wins over the base's non-data descriptor, a data descriptor of the
# base wins over a subclass's entry, an entry shadows a plain class attribute
# until del; classmethods bind the object's class, staticmethods are the
# object's class's; a class attribute reassigned on the base is seen where no
# subclass shadows it; a
# property whose getter raises AttributeError hands on to a subclass's
# __getattr__; errors name the object's class. (klass declares instance-dict
# entries: Sub's `level`; here Sub's instances simply get one.)


def attempt(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)


class Constant:
    def __get__(self, instance, owner):
        return 42


class Base:
    label = "base label"
    level = Constant()
    size = property(lambda self: 1, lambda self, value: None)

    @classmethod
    def make(cls):
        return "made by " + cls.__name__

    @staticmethod
    def twice(x):
        return 2 * x

    def describe(self):
        return "I am " + type(self).__name__


class Sub(Base):
    extra = 1

    @staticmethod
    def twice(x):
        return 20 * x


class SubSub(Sub):
    label = "subsub label"


class Named:
    @property
    def title(self):
        raise AttributeError("no title yet")

    def greet(self):
        return "hello"


class Fallback(Named):
    def __getattr__(self, name):
        return "__getattr__ gives " + name


everything = [Base(), Sub(), SubSub()]
for o in everything:
    print(type(o).__name__, o.label, o.level, o.size, o.make(), o.twice(3), o.describe())
    attempt(lambda: print(o.note))

for o in everything:
    o.label = "own label"
    if isinstance(o, Sub):
        o.level = 7
    o.size = 5
    o.note = "a note"
    print(type(o).__name__, o.label, o.level, o.size, o.note)
    del o.label
    del o.note
    attempt(lambda: o.__delattr__("note"))
    attempt(lambda: o.__delattr__("label"))
    print(o.label, hasattr(o, "note"), hasattr(o, "extra"), hasattr(o, "anything"))

Base.label = "reassigned on Base"
for o in everything:
    print(type(o).__name__, o.label)

for o in [Named(), Fallback()]:
    attempt(lambda: print(o.title))
    print(o.greet(), hasattr(o, "title"), hasattr(o, "anything"))
