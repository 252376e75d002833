# The habr notes, part 1: o.x looks in o's own dict first, then in its class and the
# class's bases; setattr and delattr change only the instance's dict, never the class.
class Base:
    qux = 'Base'


class A(Base):
    def __init__(self, name):
        self.name = name

    def foo(self):
        return 'foo of ' + self.name


a = A('a')
b = A('b')
print(a.name, b.name, a.qux, A.qux)
print(a.foo(), getattr(b, 'foo')())            # o.x is getattr(o, 'x')
setattr(a, 'qux', 'mine')                      # setattr(o, 'x', v) is o.x = v
print(a.qux, b.qux, A.qux, Base.qux)
try:
    del b.qux                                  # nothing in b's own dict
except AttributeError as e:
    print("AttributeError:", e)
print(b.qux, hasattr(b, 'qux'))
delattr(a, 'qux')                              # a's own entry goes; the class's shows again
print(a.qux)
Base.qux = 'changed'                           # seen by every instance that does not shadow it
b.qux = 'own'
print(a.qux, b.qux, A.qux)
Base.qux = 'again'
print(a.qux, b.qux)
del a.name
print(hasattr(a, 'name'), hasattr(b, 'name'))
try:
    a.name
except AttributeError as e:
    print("AttributeError:", e)
a.name = 'back'
print(a.foo())
