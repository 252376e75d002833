# super(type, obj) where obj is a class (CPython's supercheck, Objects/typeobject.c,
# as Lib/test/test_super.py and test_descr.py test_supers use it): if obj is a
# subclass of type, lookup continues after type in obj's own MRO (the class's
# attributes, classmethods bound to obj); if obj is an instance of a metaclass
# deriving from type, it continues after type in the metaclass's MRO (the
# metaclass's methods and properties, bound to the class). So super(SubMeta, L)
# reaches Meta.both although L.both is L's classmethod, and super(L, L) reaches
# K's. A metaclass __call__ hands on to type.__call__ through super.
#
# Not observable here: assigning through super (super(L, L).tag = 1) is an
# AttributeError in Python and a compile error in klass (tests/fail/super_setattr.cpp).
class Meta(type):
    tag = 'Meta.tag'

    def who(cls):
        return 'Meta.who of ' + cls.__name__

    def both(cls):
        return 'Meta.both of ' + cls.__name__

    @property
    def info(cls):
        return 'Meta.info of ' + cls.__name__


class SubMeta(Meta):
    def who(cls):
        return 'SubMeta.who > ' + super(SubMeta, cls).who()

    @property
    def info(cls):
        return 'SubMeta.info > ' + super(SubMeta, cls).info

    def __call__(cls, *args):
        print('SubMeta.__call__', cls.__name__, *args)
        return super(SubMeta, cls).__call__(*args)


class K(metaclass=SubMeta):
    tag = 'K.tag'

    @classmethod
    def both(cls):
        return 'K.both of ' + cls.__name__

    def __init__(self, *args):
        print('K.__init__', type(self).__name__, *args)


class L(K):
    @classmethod
    def both(cls):
        return 'L.both > ' + super(L, cls).both()


k0 = K()
print(K.who(), '|', L.who())
print(K.info, '|', L.info)
print(K.both(), '|', L.both())
print(super(SubMeta, L).both(), '|', super(SubMeta, K).both())
print(super(L, L).both(), '|', super(K, k0).__init__())
print(super(SubMeta, K).who(), '|', super(SubMeta, L).info)
print(K.tag, L.tag, SubMeta.tag, super(SubMeta, L).tag, super(L, L).tag)
k = L(1, 2)
print(type(k).__name__, hasattr(k, 'who'), hasattr(k, 'info'), hasattr(k, 'both'), k.both())
print(super(L, k).both(), '|', super(K, k).__init__())
