# The binary operator protocol (Lib/test/test_binop.py, OperationOrderTests and
# test_descr's binop tests): v.__op__(w), then w.__rop__(v) unless the types are
# the same; first w.__rop__(v) when type(w) is a proper subclass of type(v) that
# overrides __rop__; NotImplemented hands on; nothing left is a TypeError. In
# place: v.__iop__(w), then the binary protocol. Operands may be plain values.
class B:
    def __add__(self, other):
        print('B.__add__')
        return NotImplemented

    def __radd__(self, other):
        print('B.__radd__')
        return NotImplemented


class S(B):                       # overrides both
    def __add__(self, other):
        print('S.__add__')
        return NotImplemented

    def __radd__(self, other):
        print('S.__radd__')
        return NotImplemented


class X(B):                       # a subclass that overrides nothing
    pass


class E:
    def __radd__(self, other):
        print('E.__radd__')
        return 'E answers'


def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)


attempt(lambda: B() + S())        # S.__radd__ first: a subclass overriding it
attempt(lambda: S() + B())
attempt(lambda: B() + X())        # X's __radd__ is B's: left first
attempt(lambda: B() + B())        # same type: no reflected call
attempt(lambda: B() + E())        # NotImplemented hands on to E.__radd__
attempt(lambda: B() + 1)
attempt(lambda: 1 + B())


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return Money(self.cents + other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return Money(~self.cents)

    def __lshift__(self, n):
        return Money(self.cents << n)

    def __and__(self, other):
        return self.cents & other.cents

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return self.cents % k


a, b = Money(150), Money(275)
print((a + b).cents, (a + 5).cents, (5 + a).cents, (b - a).cents, (a * 3).cents, (2 * a).cents)
print((-a).cents, (+a) is a, abs(Money(-7)).cents, (~a).cents, (a << 2).cents, a & b, (b // 10).cents, b % 100)


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


class Tally:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Tally(self.n + k)


c = Counter()
before = c
c += 5
c += 2
print(c.n, c is before)           # __iadd__ returned self: the same object
t = Tally(1)
before = t
t += 41
print(t.n, t is before)           # no __iadd__: t = t + 41, a new object
# c -= 1 (no __isub__, no __sub__) is a compile error in klass:
# tests/fail/datamodel_unsupported_inplace.cpp
