# A hashable value class: equal values hash alike, so a set keeps one of each;
# a class with __eq__ alone is unhashable; one with neither hashes by identity.
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    def __eq__(self, other):
        return isinstance(other, Color) and self.rgb == other.rgb

    def __hash__(self):
        r, g, b = self.rgb
        return (r << 16) | (g << 8) | b

    def __repr__(self):
        return 'Color(%d, %d, %d)' % self.rgb


palette = {Color(255, 0, 0), Color(0, 128, 0), Color(255, 0, 0)}
print(len(palette), Color(0, 128, 0) in palette, Color(0, 0, 255) in palette)
print(hash(Color(1, 2, 3)), sorted(hash(c) for c in palette))


class Token:
    pass


t = Token()
print(len({t, t, Token()}))
# A class with __eq__ and no __hash__ in a set: TypeError: unhashable type;
# in klass a compile error (tests/fail/datamodel_unhashable.cpp).
