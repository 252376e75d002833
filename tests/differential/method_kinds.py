# test_descr's classmethods and staticmethods: one function stored three ways. As a
# plain function it binds the instance; as a classmethod it binds the class used
# (or the instance's type, even from a subclass); as a staticmethod it binds
# nothing. From the class, the plain function takes self explicitly.
def show(*args):
    parts = []
    for a in args:
        if isinstance(a, type):
            parts.append('class ' + a.__name__)
        elif isinstance(a, int):
            parts.append(str(a))
        else:
            parts.append(type(a).__name__ + ' instance')
    return '(' + ', '.join(parts) + ')'


class C:
    foo = show
    goo = classmethod(show)
    hoo = staticmethod(show)


class D(C):
    pass


c, d = C(), D()
print(C.goo(1), c.goo(1), c.foo(1))
print(D.goo(1), d.goo(1), d.foo(1), D.foo(d, 1))
print(C.hoo(1), c.hoo(1), D.hoo(1), d.hoo(1))
print(C.foo(c, 2, 3), d.goo(), D.hoo())
print(C.__dict__['goo'].__get__(None, D)(4), C.__dict__['hoo'].__get__(c, C)(4))
