# test_descr's overloading of __getattr__, __setattr__ and __delattr__: the hooks
# take the name and may handle it themselves or hand it on to object's own
# behaviour; assignments the hooks make go through the hooks again.
class B:
    pass


class C(B):
    def __getattr__(self, name):
        print('C.__getattr__', name)
        if name == 'foo':
            return "('getattr', 'foo')"
        raise AttributeError(name)

    def __setattr__(self, name, value):
        print('C.__setattr__', name)
        if name == 'foo':
            self.setattr = "('foo', %r)" % (value,)
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print('C.__delattr__', name)
        if name == 'foo':
            self.delattr = name
        else:
            object.__delattr__(self, name)


a = C()
print(a.foo)
a.foo = 12
print(a.setattr)
del a.foo
print(a.delattr)
a.other = "five"
print(a.other)
del a.other
try:
    a.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.other
except AttributeError as e:
    print("AttributeError:", e)
