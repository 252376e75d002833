# test_descr's properties: property(fget, fset, fdel, doc) manages an attribute
# stored elsewhere; on the class, the attribute is the property object itself,
# with its functions and doc; a property without fset or fdel says so.
class C:
    def getx(self):
        return self._x

    def setx(self, value):
        self._x = value

    def delx(self):
        del self._x
    x = property(getx, setx, delx, doc="I'm the x property.")
    readonly = property(getx)


a = C()
a.x = 42
print(a._x, a.x, a.readonly)
del a.x
print(hasattr(a, '_x'))
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.readonly
except AttributeError as e:
    print("AttributeError:", e)
a.x = 7
print(a.x, a.readonly)
print(C.x.__doc__)
print(C.x.fget is not None, C.x.fset is not None, C.x.fdel is not None)
print(C.readonly.fget is not None, C.readonly.fset is not None, C.readonly.fdel is not None)
