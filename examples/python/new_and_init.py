# The habr notes (part 2), "Classes": calling A is object.__new__(A) then
# object.__init__(a) -- or, through super, super(A, A).__new__(A) and
# super(A, A).__init__(a); a class that defines both sees one object created,
# then initialized.
#
# Where the notes print an address, both twins print a number given to each
# object when it is first shown.
_shown = {}


def at(obj):
    number, _ = _shown.setdefault(id(obj), (len(_shown) + 1, obj))
    return f"<__main__.{type(obj).__name__} object #{number}>"


class A:
    pass


a = object.__new__(A)
object.__init__(a)
print(at(a))

a = super(A, A).__new__(A)
super(A, A).__init__(a)
print(at(a))


class A:
    def __new__(cls):
        obj = super(A, cls).__new__(cls)
        print('created object', at(obj))
        return obj

    def __init__(self):
        print('initing object', at(self))


a = A()
print(at(a))
print(at(A()))
