# Special methods are looked up on the type, never in the instance's own dict (the
# habr notes, part 3; test_descr's special method lookup): an instance attribute
# named __getattr__ or __setattr__ is an ordinary attribute, and a class's
# __setattr__ is for its instances, not for assignments to the class itself.
class A:
    x = 'A.x'

    def __setattr__(self, name, value):
        print('A.__setattr__', name, value)
        object.__setattr__(self, name, value)


a = A()
a.x = 'a.x'
a.__setattr__('x', 'a.x2')              # the hook, called by hand
print(a.x, A.x)
A.x = 'A.x2'                            # type.__setattr__: A's hook is not used
print(A.x, a.x)


class B:
    pass


b = B()
b.__getattr__ = lambda name: 'instance hook for ' + name
b.__setattr__ = lambda name, value: print('never called')
b.y = 'b.y'                             # object.__setattr__: b's own attribute is ignored
print(b.y)
try:
    b.missing
except AttributeError as e:
    print("AttributeError:", e)
print(b.__getattr__('missing'))         # a plain function: no self bound
