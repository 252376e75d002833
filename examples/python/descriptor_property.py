# property(), and the Descriptor HowTo's pure-Python Property that emulates it.
class C:
    def getx(self): return self.__x
    def setx(self, value): self.__x = value
    def delx(self): del self.__x
    x = property(getx, setx, delx, "I'm the 'x' property.")


c = C()
c.x = 3
print(c.x)
del c.x
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
print(C.x.__doc__)


class Property:
    "Emulate PyProperty_Type() in Objects/descrobject.c"

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(obj)


class D:
    def getx(self): return self._x
    def setx(self, value): self._x = value
    x = Property(getx, setx, None, "emulated")


d = D()
d.x = 4
print(d.x)
try:
    del d.x
except AttributeError as e:
    print("AttributeError:", e)
print(D.x.__doc__)
