# type_getattro and type_setattro: on a class, a data descriptor of the metaclass
# wins over the class's own dict; the class's MRO wins over the metaclass's
# methods and plain values; instances see only the class's MRO.
class Meta(type):
    def get_p(cls):
        return 'Meta.p of ' + cls.__name__

    def set_p(cls, value):
        print('Meta.p set on', cls.__name__, 'to', value)
    p = property(get_p, set_p)

    def m(cls):
        return 'Meta.m of ' + cls.__name__
    v = 'Meta.v'


class A(metaclass=Meta):
    p = 'A.p'
    m = 'A.m'
    v = 'A.v'


class B(A):
    pass


class Alone(metaclass=Meta):
    pass


a, b = A(), B()
print(A.p, B.p, Alone.p)
print(a.p, b.p)
print(A.m, B.m, a.m, Alone.m())
print(A.v, B.v, b.v, Alone.v)
A.p = 'x'                               # the metaclass property's setter, not A's dict
print(A.p, a.p)
A.v = 'A.v2'
Meta.v = 'Meta.v2'
print(A.v, B.v, b.v, Alone.v)
