# Methods that name classes defined further down: Python resolves a name when the
# method runs, so a class may create instances of a later subclass. Three
# patterns: __new__ choosing a subclass defined below (pathlib's Path() giving a
# PosixPath; __init__ then runs on the subclass instance, the subclass's own),
# classmethod factories returning instances of later subclasses, and two classes
# whose methods create each other. klass must see the later classes complete:
# their bases (issubclass, the MRO), their __init__ and what they inherit.
class Path:
    def __new__(cls, name):
        if cls is Path:
            cls = PosixPath
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name

    def show(self):
        return type(self).__name__ + "(" + self.name + ", " + self.flavour + ")"

    flavour = "generic"


class PosixPath(Path):
    def __init__(self, name):
        super().__init__(name)
        self.inits = 1

    flavour = "posix"


p = Path("/tmp")
print(type(p).__name__, isinstance(p, Path), issubclass(PosixPath, Path), p.show(), p.inits)
print([c.__name__ for c in PosixPath.__mro__])
q = PosixPath("/usr")
print(type(q).__name__, q.show(), q.inits)


class Shape:
    @classmethod
    def unit_square(cls):
        return Square(1)

    @classmethod
    def square(cls, side):
        return Square(side)

    @classmethod
    def circle(cls, radius):
        return Circle(radius)

    def describe(self):
        return type(self).__name__ + " of area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3 * self.radius * self.radius


print(Shape.unit_square().describe(), Shape.square(3).describe(), Shape.circle(2).describe())
print(issubclass(Square, Shape), issubclass(Circle, Shape), isinstance(Shape.circle(1), Shape))
print([c.__name__ for c in Circle.__mro__])


class Chicken:
    def __init__(self, generation):
        self.generation = generation

    def lay(self):
        return Egg(self.generation)


class Egg:
    def __init__(self, generation):
        self.generation = generation

    def hatch(self):
        return Chicken(self.generation + 1)


c = Chicken(0)
e = c.lay()
c2 = e.hatch()
print(type(e).__name__, e.generation, type(c2).__name__, c2.generation, type(c2.lay().hatch().lay()).__name__)
