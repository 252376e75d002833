# The habr notes (part 2): a metaclass's __new__ and __init__ run when the class
# statement runs, not when instances are created. (`metaclass=` is Python 3's
# spelling of the seed's `__metaclass__`.)
class Meta(type):
    def __new__(mcls, name, bases, attrs):
        print('creating new class', name)
        return super(Meta, mcls).__new__(mcls, name, bases, attrs)

    def __init__(cls, name, bases, attrs):
        print('initing new class', name)


class A(metaclass=Meta):
    pass


print('class statement done')
a = A()
b = A()
print(type(a).__name__, type(A).__name__)
