# What makes a data descriptor (the Descriptor HowTo; test_descr's descriptor with
# __set__ and no __get__): __set__ or __delete__ alone is enough to win over the
# instance dict. A read-only one raises AttributeError from __set__. Without
# __get__, the descriptor itself is the attribute's value.
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 'ro value'

    def __set__(self, obj, value):
        raise AttributeError('read-only attribute')


class SetOnly:
    label = 'SetOnly itself'

    def __set__(self, obj, value):
        print('SetOnly.__set__', value)


class DeleteOnly:
    label = 'DeleteOnly itself'

    def __delete__(self, obj):
        print('DeleteOnly.__delete__')


class GetOnly:
    def __get__(self, obj, objtype=None):
        return 'non-data value'


class C:
    ro = ReadOnly()
    s = SetOnly()
    d = DeleteOnly()
    n = GetOnly()


c = C()
print(c.ro, c.s.label, c.d.label, c.n)
try:
    c.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
c.s = 2
del c.d
c.n = 'instance value'                  # a non-data descriptor is shadowed
print(c.ro, c.s.label, c.d.label, c.n)
print(C.s.label, C.d.label, C.n)
del c.n
print(c.n)
