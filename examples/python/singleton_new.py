# The habr notes (part 2), Singleton v.1: __new__ keeps the one instance in the
# class attribute `instance` and returns it on every call. __new__ returns an
# instance of C each time, so __init__ runs on every call (added here to show it;
# examples/singleton_metaclass.cpp runs it once).
class C:
    instance = None

    def __new__(cls):
        if cls.instance is None:
            cls.instance = super(C, cls).__new__(cls)
        return cls.instance

    def __init__(self):
        print('C.__init__')


print(C() is C())
C().x = 1
c = C()
d = C()
print(c.x)
print(d.x)
c.x = 2
print(d.x)
print(c.x)
