# The habr notes (part 1): the instance dict shadows class variables; del shows them again;
# reassigning a class variable is seen by every instance that does not shadow it.
class A:
    qux = 'A'

    def __init__(self, name):
        self.name = name

    def foo(self):
        print('foo')


class B:
    qux = 'B'

    def __init__(self):
        self.name = 'B object'

    def bar(self):
        print('bar')


a = A('a')
print(a.name)
a.foo()
print(type(a).__name__, type(a) is A)

b = B()
b.bar()
print(b.qux)
try:
    del b.qux            # nothing in b's instance dict; del never reaches the class
except AttributeError as e:
    print("AttributeError:", e)
b.qux = 'myB'
print(b.qux, B().qux)
del b.qux
print(b.qux)

print(A.__bases__[0].__name__, A.__name__, A.qux)
a2 = A('a2')
A.qux = 'B'
print(a.qux, a2.qux)
