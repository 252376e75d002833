# Which rule wins: data descriptor > instance dict > non-data descriptor > class attribute.
class Data:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, value): print("Data.__set__", value)

class NonData:
    def __get__(self, obj, owner): return "non-data" if obj is not None else "non-data on class"

class C:
    d = Data()
    n = NonData()
    v = "class value"

c = C()
print(c.d, c.n, c.v)
c.d = 1
c.n = "instance n"
c.v = "instance v"
print(c.d, c.n, c.v)
print(C.d, C.n, C.v)
del c.n
del c.v
print(c.n, c.v)
try:
    del c.v
except AttributeError as e:
    print("AttributeError:", e)
