# The habr notes (part 3): any callable can be a metaclass; this one adds foo = 'bar'
# to the namespace before type() creates the class. (The seed's Python 2
# `__metaclass__ = mymeta` is an ordinary attribute in Python 3.13; `metaclass=`
# is how Python 3 says it.)
def mymeta(name, bases, attrs):
    attrs['foo'] = 'bar'
    return type(name, bases, attrs)


class D(metaclass=mymeta):
    pass


d = D()
print(d.foo)
print(D.foo)
print('foo' in D.__dict__, hasattr(d, 'foo'))
