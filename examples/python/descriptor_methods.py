# The Descriptor HowTo's functions and methods, staticmethod and classmethod.
import math


class D:
    def f(self, x):
        return x


d = D()
print(D.__dict__['f'](d, 1))   # stored as a plain function
print(D.f(d, 2))               # from the class: still the function
print(d.f(3))                  # from an instance: bound to d
# D.f() without an instance is a TypeError; in klass a compile error
# (tests/fail/attr_missing_self.cpp).


class E:
    def f(x):
        return x
    f = staticmethod(f)


print(E.f(3))
print(E().f(3))


class E2:
    def f(klass, x):
        return klass.__name__, x
    f = classmethod(f)


class E3(E2):
    pass


print(E2.f(3))
print(E2().f(3))
print(E3().f(3))               # the instance's type is bound


class Sample:
    # The HowTo's "erf" of .9332 at 1.5 is the normal distribution function:
    # (1 + erf(x / sqrt(2))) / 2.
    def erf(x):
        return (1 + math.erf(x / math.sqrt(2))) / 2
    erf = staticmethod(erf)


s = Sample()
print(f"{s.erf(1.5):.4f} {Sample.erf(1.5):.4f}")


class Dict(dict):
    def fromkeys(klass, iterable, value=None):
        "Emulate dict_fromkeys() in Objects/dictobject.c"
        d = klass()
        for key in iterable:
            d[key] = value
        return d
    fromkeys = classmethod(fromkeys)


print(Dict.fromkeys('abracadabra'))
