# "__new__() in python" (Akshar Raaj): __init__ receives an object that already
# exists; __new__ receives the class and every argument of the call; when
# __new__ returns None, __init__ is skipped; __new__ may set attributes
# (created_at) before __init__ runs; object.__new__ creates an instance of the
# class it is given, whichever class calls it.
#
# Where the article prints an address (<__main__.A object at 0x3357210>), both
# twins print a number given to each object when it is first shown, and
# datetime.datetime.now() is a clock that ticks one second per call.

_shown = {}


def at(obj):
    number, _ = _shown.setdefault(id(obj), (len(_shown) + 1, obj))
    return f"<__main__.{type(obj).__name__} object #{number}>"


ticks = 0


def now():
    global ticks
    ticks += 1
    return f"2012-06-09 22:44:{29 + ticks:02d}"


# In [13]: __init__ gets an instance created before it is called.
class A:
    def __init__(self, a, b):
        print("init gets called")
        print("self is", at(self))
        self.a, self.b = a, b


a = A(1, 2)


# In [22]: __new__ receives the class, then the call's arguments.
class A:
    def __new__(cls, *args, **kwargs):
        print(cls)
        print("args is", args)
        print("kwargs is", kwargs)


a = A()
a = A(1, 2, named=5)
a = A(1, 2)
print(a)                     # __new__ returned None


# In [29]: __new__ returns None, so __init__ is not called.
class A:
    def __new__(cls, *args, **kwargs):
        print(cls)
        print(args)
        print(kwargs)

    def __init__(self, a, b):
        print("init gets called")
        print("self is", at(self))
        self.a, self.b = a, b


a = A(1, 2)
print(a)


# In [35]: __new__ adds created_at, then __init__ runs with the same arguments.
# (The article's object.__new__(cls, *args, **kwargs) is a TypeError since
# Python 3 -- "object.__new__() takes exactly one argument (the type to
# instantiate)" -- and the same compile error in klass; the class alone is passed.)
class A:
    def __new__(cls, *args, **kwargs):
        new_instance = object.__new__(cls)
        setattr(new_instance, 'created_at', now())
        return new_instance

    def __init__(self, a, b):
        print("inside init")
        self.a, self.b = a, b


obj1 = A(1, 2)
print(at(obj1))
print(obj1.created_at)
print(obj1.a, obj1.b)
obj2 = A(3, 4)
print(at(obj2), obj2.created_at, obj2.a, obj2.b)


# In [60]: object.__new__(B) inside A.__new__ gives a B; A() returns it.
class B:
    pass


class A:
    def __new__(cls, *args, **kwargs):
        new_instance = object.__new__(B)
        return new_instance


a = A()
print(at(a))


# In [64]: passing cls gives an instance of A.
class A:
    def __new__(cls, *args, **kwargs):
        new_instance = object.__new__(cls)
        return new_instance


a = A()
print(at(a))
