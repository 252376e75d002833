# A subclass that overrides a property with a plain method. Code written for
# Shape reads `s.area * 2`: Python accepts the class Tile, and the failure comes
# at run time, when a Tile reaches that code. (klass refuses to hold a Tile in a
# handle of Shape when the conversion is compiled; here the same fact is found
# by running the code written for Shape on one.) Square overrides the property
# with a property: fine. Numbers are printed as C++ prints them (%g).


class Shape:
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side * self.side


class Square(Shape):
    @property
    def area(self):
        return 1.0 * self.side * self.side


class Tile(Shape):
    def area(self):
        return self.side * self.side


# Code written for Shape.
def doubled_area(s):
    return s.area * 2


def usable_as_shape(cls):
    try:
        doubled_area(cls(1.0))
        return True
    except TypeError:  # unsupported operand type(s) for *: 'method' and 'int'
        return False


print("a Square can be used as a Shape:", usable_as_shape(Square))
print("a Tile can be used as a Shape:", usable_as_shape(Tile))
tile = Tile(3.0)
print(f"Tile(3).area() = {tile.area():g}")
for s in [Shape(1.0), Square(2.0)]:
    print(f"{type(s).__name__}: {doubled_area(s):g}")
