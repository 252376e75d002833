# Methods that reach themselves again through attribute lookup: a method calling
# itself (self.fact), two methods calling each other (even/odd), a classmethod
# through cls, a staticmethod through its class, an override reached again from
# the base's method through super() (self.fact finds the subclass's), and two
# classes whose methods call each other. In klass such a method states its
# return type (docs/attributes.md).
class Maths:
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)

    def even(self, n):
        return True if n == 0 else self.odd(n - 1)

    def odd(self, n):
        return False if n == 0 else self.even(n - 1)

    @classmethod
    def fib(cls, n):
        return n if n < 2 else cls.fib(n - 1) + cls.fib(n - 2)

    @staticmethod
    def gcd(a, b):
        return a if b == 0 else Maths.gcd(b, a % b)

    def countdown(self, n):
        # through the class, the function itself: Maths.countdown(self, n - 1)
        return "" if n == 0 else str(n) + " " + Maths.countdown(self, n - 1)


class Tens(Maths):
    def fact(self, n):
        return 10 * super().fact(n)


m = Maths()
print(m.fact(5), m.even(10), m.odd(7), m.even(7), Maths.fib(10), m.fib(7), Maths.gcd(84, 36), m.countdown(3))
t = Tens()
print(t.fact(3), Tens.fib(6))


class Ping:
    def ping(self, n, other):
        return "" if n == 0 else "ping " + other.pong(n - 1, self)


class Pong:
    def pong(self, n, other):
        return "" if n == 0 else "pong " + other.ping(n - 1, self)


print(Ping().ping(5, Pong()))
