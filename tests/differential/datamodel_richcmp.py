# Rich comparisons (Lib/test/test_richcmp.py, test_descr's richcompare and
# test_class's testHashComparisonOfMethods): the reflected method of a proper
# subclass first; v.__op__(w); then w's reflected one (a < b tries b.__gt__(a));
# == and != fall back to identity, an ordering to a TypeError; __ne__ inverts
# __eq__; a class with __eq__ but no __hash__ is unhashable, one with both hashes
# by its value, one with neither by identity.
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('Num.__eq__')
        return self.v == other.v

    def __lt__(self, other):
        print('Num.__lt__')
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)


class Sub(Num):
    def __eq__(self, other):
        print('Sub.__eq__')
        return NotImplemented

    def __gt__(self, other):
        print('Sub.__gt__')
        return True


a, b = Num(1), Num(2)
print(a == Num(1), a != b, a < b)
print(b > a)                      # no __gt__: b.__gt__ is object's, then a.__lt__(b)
print(a == Sub(1))                # Sub.__eq__ first (a subclass), NotImplemented, then Num.__eq__
print(a < Sub(5))                 # Sub.__gt__ first


class Plain:
    pass


p, q = Plain(), Plain()
print(p == q, p == p, p != q, p != p)
# p < q and a <= b (no method at all) are compile errors in klass:
# tests/fail/datamodel_ordering_not_supported.cpp


class Maybe:
    def __lt__(self, other):
        return NotImplemented     # declines at run time: TypeError


try:
    Maybe() < Maybe()
except TypeError as e:
    print('TypeError:', e)


class Same:
    def __eq__(self, other):
        return NotImplemented     # both sides decline: identity decides


s = Same()
print(s == s, s == Same(), s != Same())


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __hash__(self):
        return self.k * 7


class Minus:
    def __hash__(self):
        return -1                 # reserved for errors: hash() gives -2


print(len({Key(1), Key(1), Key(2)}), hash(Key(3)), hash(Minus()))
print(len({p, q, p}))
