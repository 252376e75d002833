# __set_name__(owner, name): each descriptor of a class body learns which class
# holds it and under which name, so one descriptor class serves several names; a
# subclass that inherits a descriptor does not rename it: the owner stays the
# class whose body defined it.
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        return '%s.%s seen from %s' % (self.owner, self.name, objtype.__name__)


class A:
    first = Named()
    second = Named()


class B(A):
    third = Named()


print(A.first)
print(A.second)
print(B.first)
print(B.third)
print(A().second)
print(B().first)
print(B().third)
