# "__new__() in python" (Akshar Raaj), first part: an instance method receives
# the instance as its first argument; called on the class, it must be given one;
# a staticmethod receives only the arguments of the call, from the class or an
# instance.
class A:
    def met(self, a, b):
        print(a, b)


obj = A()
obj.met(1, 2)
# A.met(1, 2) is a TypeError (Python 3: "A.met() missing 1 required positional
# argument: 'b'"); in klass the call does not compile ("the function was called
# with the wrong arguments"; tests/fail/attr_missing_self.cpp for A.met()).
A.met(obj, 3, 4)


class B:
    @staticmethod
    def met(a, b):
        print(a, b)


B.met(5, 6)
b = B()
b.met(5, 6)
