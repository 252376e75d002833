# A numeric class: operators from special methods, reflected and in-place forms,
# comparison and hashing by value, repr and str.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)

    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v)
print(repr(v), abs(v), bool(v), bool(Vector(0, 0)))
print(v == Vector(3, 4), v != w, v is Vector(3, 4))
u = v
u += w
print(u, v, u is v)
# v + 1 is a TypeError here, and a compile error in klass: __add__ takes only a
# Vector, and int has no __radd__ for it.
