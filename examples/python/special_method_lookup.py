# The habr notes (part 3): special methods are looked up on the type. c() is
# type(c).__call__(c), not c.__call__(); C() is type(C).__call__(C), the
# metaclass's, whatever C's own __call__; setattr(a, 'x', v) is
# type(a).__setattr__(a, 'x', v), so an instance attribute named __setattr__ is
# ignored, and a class's __setattr__ is for its instances, not for the class.


class C:
    def __call__(self):
        return 'C.__call__'


c = C()
c.__call__ = lambda: 'an instance attribute'
print(c.__call__())            # attribute lookup: the instance dict first
print(type(c).__call__(c))     # what c() calls
print(c())                     # c() itself


class Plain:
    pass


p = type.__call__(Plain)       # what Plain() does
print(type(p).__name__)


class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*args)


class K(metaclass=Meta):
    def __call__(self):
        return 'K.__call__'


k = K()                        # type(K).__call__(K): Meta's, not K's own
print(type(k).__name__, type(k).__call__(k))
k2 = Meta.__call__(K)          # the same, written out
print(k is k2)
print(type(Plain).__name__, type(K).__name__)   # type(C): the metaclass


class A:
    foo = 'bar'

    def __setattr__(self, attr, value):
        print('for instances', attr, value)
        object.__setattr__(self, attr, value)


a = A()
a.__setattr__('x', 1)          # the hook, called by hand
a.y = 2                        # type(a).__setattr__(a, 'y', 2)
setattr(a, 'z', 3)
print(a.x, a.y, a.z)
A.foo = 'baz'                  # type(A).__setattr__ is type's: A's hook is not called
print(A.foo, a.foo)
# A.__setattr__('foo', 'bar') is a TypeError ("A.__setattr__() missing 1 required
# positional argument: 'value'"); in klass the call does not compile.


class B:
    pass


b = B()
b.__setattr__ = lambda name, value: print('never called')
setattr(b, 'foo', 'bar')       # object.__setattr__: b's own __setattr__ is ignored
print(b.foo)
