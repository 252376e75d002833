# test_descr's properties built step by step: property(doc=...) then .getter and
# .setter keep the doc; a later .setter replaces an earlier one; a subclass
# extends its base's property with .deleter or .setter and keeps the rest.
class C:
    foo = property(doc="hello")

    @foo.getter
    def foo(self):
        return self._foo

    @foo.setter
    def foo(self, value):
        self._foo = abs(value)


class D(C):
    @C.foo.deleter
    def foo(self):                       # deleting twice is no error
        try:
            del self._foo
        except AttributeError:
            print('nothing to delete')


class E:
    @property
    def foo(self):
        return self._foo

    @foo.setter
    def foo(self, value):
        raise RuntimeError

    @foo.setter
    def foo(self, value):                # replaces the setter above
        self._foo = abs(value)

    @foo.deleter
    def foo(self):
        del self._foo


class F(E):
    @E.foo.deleter
    def foo(self):
        print('F deleter')
        del self._foo

    @foo.setter
    def foo(self, value):
        self._foo = max(0, value)


print(C.foo.__doc__)
c = C()
c.foo = -42
print(c._foo, c.foo)
d = D()
d.foo = 24
print(d.foo, D.foo.__doc__)
del d.foo
del d.foo
print(hasattr(d, '_foo'))
e = E()
e.foo = -42
print(e.foo)
del e.foo
print(hasattr(e, '_foo'))
f = F()
f.foo = -10
print(f.foo)
f.foo = 5
print(f.foo)
del f.foo
print(hasattr(f, '_foo'))
