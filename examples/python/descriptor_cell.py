# The Descriptor HowTo's Cell: a value recalculated on every access through a property.
class Cell:
    def __init__(self, name):
        self.name = name
        self.recalcs = 0
        self._value = 0

    def recalc(self):
        self.recalcs += 1
        self._value = 10 * self.recalcs

    def getvalue(self):
        "Recalculate cell before returning value"
        self.recalc()
        return self._value
    value = property(getvalue)


cell = Cell('b10')
print(cell.name, cell.value)
print(cell.name, cell.value)
print("recalculated", cell.recalcs, "times")
