# The container, iteration, call, text and with protocols (Lib/test/test_iter.py,
# test_class.py, test_contextlib's with semantics): len and truth, the sequence
# protocol ending at IndexError, __iter__/__next__ ending at StopIteration, `in`
# by __contains__ or by iteration, o(...) from __call__, repr/str/format, the
# with statement's __exit__ suppressing an exception, __del__ once.
class Deck:
    def __init__(self):
        self.cards = ['A', 'K', 'Q']

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        print('getitem', i)
        return self.cards[i]          # IndexError past the end

    def __setitem__(self, i, card):
        self.cards[i] = card

    def __delitem__(self, i):
        del self.cards[i]


d = Deck()
print(len(d), bool(d), d[0])
d[2] = 'J'
print([c for c in d])             # the sequence protocol: d[0], d[1], ... IndexError
print('J' in d, 'Q' in d)         # no __contains__: a search by iteration
del d[0]
del d[0]
del d[0]
print(len(d), bool(d))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), 1 in Countdown(3), 5 in Countdown(3))


class Evens:
    def __contains__(self, x):
        return x % 2 == 0


print(4 in Evens(), 3 in Evens())


class Empty:
    def __bool__(self):
        return False


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0):
        return x + y + self.k


print(bool(Empty()), bool(Adder(1)), Adder(10)(1), Adder(10)(1, 2))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def __format__(self, spec):
        return '<' + spec + '>'


class Named(Point):
    def __str__(self):
        return 'a point named ' + repr(self)


p = Point(1, 2)
print(p, repr(p), str(p), format(p, 'xy'), Named(3, 4))
try:
    format(Empty(), 'x')
except TypeError as e:
    print('TypeError:', e)


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        print('enter')
        return 'value'

    def __exit__(self, kind, error, tb):
        print('exit', 'with ' + type(error).__name__ if error else 'clean')
        return self.suppress


with Manager(False) as v:
    print('body', v)
with Manager(True):
    raise KeyError('k')
print('suppressed')
try:
    with Manager(False):
        raise ValueError('boom')
except ValueError as e:
    print('ValueError:', e)


class Closing:
    def __enter__(self):
        raise RuntimeError('enter failed')

    def __exit__(self, *args):
        print('never')


try:
    with Closing():
        print('never')
except RuntimeError as e:
    print('RuntimeError:', e)


class Tracked:
    def __del__(self):
        print('Tracked.__del__')


t = Tracked()
t2 = t
del t
print('one reference left')
del t2
print('end')
