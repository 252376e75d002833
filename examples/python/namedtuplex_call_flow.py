# The NamedTupleXABC call flow (single inheritance): the metaclass creates and
# initializes each class when its class statement runs; instances are created by
# __new__ along the MRO, then initialized by __init__ along it.
#
# The seed writes `__metaclass__ = NamedTupleXABCMeta` (Python 2). In Python 3.13
# that line is an ordinary class attribute and no metaclass runs; `metaclass=` is
# how Python 3 says what the seed means, and what this example does.
import abc


def show_class_args(args):
    name, bases, namespace = args
    return "(%r, (%s))" % (name, ", ".join(b.__name__ for b in bases))


def show_class(cls):
    return "<class '__main__.%s'>" % cls.__name__


def show_instance(obj):
    return "<__main__.%s object>" % type(obj).__name__


print("0------------------------------")
print()


class NamedTupleXABCMeta(abc.ABCMeta):
    def __new__(cls, *args, **kargs):
        print("NamedTupleXABCMeta  :new    :" + show_class(cls) + "  " + show_class_args(args) + "  " + str(kargs))
        return super(NamedTupleXABCMeta, cls).__new__(cls, *args, **kargs)

    def __init__(self, *args, **kargs):
        print("NamedTupleXABCMeta  :init   :" + show_class(self) + "  " + show_class_args(args) + "  " + str(kargs))
        return super(NamedTupleXABCMeta, self).__init__(*args, **kargs)


class NamedTupleXABC(metaclass=NamedTupleXABCMeta):
    def __new__(cls, *args, **kargs):
        print("NamedTupleXABC      :new    :" + show_class(cls) + "  " + str(args) + "  " + str(kargs))
        return super(NamedTupleXABC, cls).__new__(cls, *args, **kargs)

    def __init__(self, *args, **kargs):
        print("NamedTupleXABC      :init   :" + show_instance(self) + "  " + str(args) + "  " + str(kargs))
        return super(NamedTupleXABC, self).__init__(*args, **kargs)


class AppTupleClass(NamedTupleXABC):
    _fields = ('a',)

    def __new__(cls, *args, **kargs):
        print("AppTupleClass       :new    :" + show_class(cls) + "  " + str(args) + "  " + str(kargs))
        return super(AppTupleClass, cls).__new__(cls, *args, **kargs)

    def __init__(self, *args, **kargs):
        print("AppTupleClass       :init   :" + show_instance(self) + "  " + str(args) + "  " + str(kargs))
        return super(AppTupleClass, self).__init__(*args, **kargs)


print()
print("1------------------------------")
print()
a = AppTupleClass()
print()
print("OK")
