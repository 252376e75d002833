# test_descr's methods: a function found through an instance is bound to that
# instance (the one used, even of a subclass); a function taken from a class is
# the plain function, which another class can store as its own method; an
# overriding method can call the base's function with self explicitly.
class C:
    def __init__(self, x):
        self.x = x

    def foo(self):
        return self.x

    def describe(self):
        return 'C.describe x=%d' % self.x


class D(C):
    boo = C.foo                          # the plain function, stored again

    def describe(self):
        return 'D.describe, then ' + C.describe(self)


c1 = C(1)
print(c1.foo(), C.foo(c1))
d2 = D(2)
print(d2.foo(), d2.boo(), D.boo(d2), C.foo(d2))
print(c1.describe())
print(d2.describe())
m = c1.foo                               # a bound method remembers its instance
c1.x = 5
print(m(), m.__self__ is c1, d2.boo.__self__ is d2)
