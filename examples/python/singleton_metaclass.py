# The habr notes (part 3), Singleton v.2: C() is type(C).__call__(C), so a
# metaclass whose __call__ creates the instance once (through type.__call__, via
# super) and then returns it makes every class of that metaclass a singleton.
# __init__ runs once (added here to show it; examples/singleton_new.cpp runs it on
# every call), and a subclass gets an instance of its own.
class SingletonMeta(type):
    def __init__(cls, *args, **kw):
        cls.instance = None

    def __call__(cls, *args, **kw):
        if cls.instance is None:
            cls.instance = super(SingletonMeta, cls).__call__(*args, **kw)
        return cls.instance


class C(metaclass=SingletonMeta):
    def __init__(self):
        print('C.__init__')


print(C() is C())
a = C()
b = C()
a.x = 42
print(b.x)


class D(C):
    pass


print(D() is D(), D() is C(), type(D()).__name__)
