# test_descr's __slots__: each name is a member descriptor on the class; unset, it
# is missing (reading and deleting raise); set, it holds its value; a subclass
# inherits the members; a class with no slots has no attribute at all. On the
# class, a slot is its member descriptor.
class C0:
    __slots__ = []


class C1:
    __slots__ = ['a']


class C3:
    __slots__ = ['a', 'b', 'c']


class Sub(C3):
    __slots__ = ['d']


print(hasattr(C0(), 'foo'))
x = C1()
print(hasattr(x, 'a'))
try:
    x.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del x.a
except AttributeError as e:
    print("AttributeError:", e)
x.a = 1
print(x.a, hasattr(x, 'a'))
x.a = 2
print(x.a)
del x.a
print(hasattr(x, 'a'))
y = C3()
print(hasattr(y, 'a'), hasattr(y, 'b'), hasattr(y, 'c'))
y.a, y.b, y.c = 1, 2, 3
print(y.a, y.b, y.c)
s = Sub()
s.a, s.d = 10, 40
print(s.a, s.d, hasattr(s, 'b'))
print(type(C3.a) is type(C3.__dict__['a']), type(Sub.d) is type(C1.__dict__['a']))   # the descriptors
