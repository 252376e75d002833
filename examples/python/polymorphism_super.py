# Cooperative super() chains reached through a base (test_super's hierarchy: A,
# B(A), C(A), D(C, B), E(D), F(E) with f = E.f, G(A)): each f adds its class's
# letter after what super() gives, so a D's f gives 'ABCD' wherever it is called
# from. super(C, o) continues in the MRO of o's own class: after C in D's MRO
# comes B, a class C does not know. Cooperative methods with arguments
# (test_supers' meth).


class A:
    def f(self):
        return 'A'

    def meth(self, a):
        return 'A(%r)' % a


class B(A):
    def f(self):
        return super(B, self).f() + 'B'

    def meth(self, a):
        return 'B(%r)' % a + super(B, self).meth(a)


class C(A):
    def f(self):
        return super(C, self).f() + 'C'

    def meth(self, a):
        return 'C(%r)' % a + super(C, self).meth(a)


class D(C, B):
    def f(self):
        return super(D, self).f() + 'D'

    def meth(self, a):
        return 'D(%r)' % a + super(D, self).meth(a)


class E(D):
    pass


class F(E):
    f = E.f        # D's function again: its super() still starts after D


class G(A):
    pass


everything = [A(), B(), C(), D(), E(), F(), G()]
for o in everything:
    print(f"{type(o).__name__}.f() = {o.f()}  meth(1) = {o.meth(1)}")

for o in [C(), D(), E(), F()]:
    print(f"super(C, {type(o).__name__}()).f() = {super(C, o).f()}")
for o in [B(), D(), F()]:
    print(f"super(B, {type(o).__name__}()).meth(2) = {super(B, o).meth(2)}")
