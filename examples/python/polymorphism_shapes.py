# Shapes in one container: `for s in shapes: total += s.area()` looks area up on
# each object's own class. Also: a function taking any Shape, type(s),
# isinstance, using a Square as a Square, and names known only at run time
# (getattr with a string, as a serializer does).
import abc


class Shape(metaclass=abc.ABCMeta):
    name = "shape"

    @abc.abstractmethod
    def area(self) -> float:
        """Subclasses implement it."""

    @property
    def sides(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"

    @classmethod
    def kind(cls):
        return cls.__name__.lower()


class Circle(Shape):
    name = "circle"

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius * self.radius


class Square(Shape):
    name = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    @property
    def sides(self):
        return 4


class Tile(Square):
    name = "tile"


def total_area(shapes):
    return sum(s.area() for s in shapes)


def report(s):
    print(f"{type(s).__name__}: {s.describe()} (kind {s.kind()})")


shapes = [Circle(1.0), Square(2.0), Tile(0.5)]
for s in shapes:
    report(s)
report(Circle(2.0))
print(f"total area: {total_area(shapes):.2f}")

for s in shapes:
    mro = " ".join(c.__name__ for c in type(s).__mro__)
    print(f"{type(s).__name__} mro: {mro} | is a Square: {isinstance(s, Square)}"
          f" | is exactly a Square: {type(s) is Square}")
    if isinstance(s, Square):
        s.side = s.side * 2
        print(f"  doubled its side: area {s.area():.2f}")

form = ["name", "sides"]
for s in shapes:
    fields = " ".join(f"{field}={getattr(s, field)}" for field in form)
    print(f"{type(s).__name__}: {fields} | has radius: {hasattr(s, 'radius')} | has side: {hasattr(s, 'side')}")
