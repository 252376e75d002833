# The Descriptor HowTo: descriptors are invoked by __getattribute__, so a class
# that overrides __getattribute__ decides every o.x itself, and can turn the
# automatic __get__ calls off. The class itself is looked up by type.__getattribute__,
# and creating an instance finds __init__ on the type, not through __getattribute__.
class Loud:
    def __get__(self, obj, objtype=None):
        print('Loud.__get__')
        return 'computed'


class Normal:
    d = Loud()


class Raw:
    d = Loud()
    plain = 'plain value'

    def method(self):
        return 'method called'

    def __getattribute__(self, name):
        print('__getattribute__', name)
        return type(self).__dict__[name]        # the raw dict value: no __get__


class G:
    def __init__(self):
        print('G.__init__')

    def __getattribute__(self, name):
        print('G.__getattribute__', name)
        return 0


class Sub(Raw):
    d = 'Sub.d'


n, r, s = Normal(), Raw(), Sub()
print(n.d)
x = r.d
print(type(x).__name__)
print(r.plain)
print(r.method(r))                              # the raw function: self passed by hand
print(Raw.d)                                    # on the class, the normal rules
print(s.d)                                      # inherited: type(self) is Sub
g = G()
print(g.anything)
