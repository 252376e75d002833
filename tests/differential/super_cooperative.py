# CPython 3.13 Lib/test/test_super.py, the cooperative hierarchy (A, B(A), C(A),
# D(C, B), E(D), F(E) with f = E.f, G(A)), and the super(type, obj) parts of
# Lib/test/test_descr.py test_supers: each f adds its class's letter after what
# super() gives, so D().f() is 'ABCD' however f is reached; super(X, obj) starts
# after X in the MRO of type(obj); a property overridden in a subclass is still
# reached through super; from a class (super(X, cls)) a property is the property.
#
# klass spells zero-argument super() in class X's body as super(X, self).
# Skipped, and why:
#   test_super_with_closure, test___class___*, test___classcell___*, test_obscure_super_errors,
#   test_cell_as_self: the implicit __class__ cell of zero-argument super(); klass has none.
#   test_various___class___pathologies, test___class___modification_multithreaded:
#   __class__ assignment; klass classes are fixed C++ types (docs/limitations.md).
#   test_super_init_leaks, test_super_argcount, test_super_argtype, test_bad_first_arg,
#   test_shadowed_*: super is not an object to call, shadow or re-initialize in klass.
#   test_attribute_error ('super' object has no attribute 'msg') and super(D, C())
#   (obj not an instance of D): compile errors in klass (tests/fail/super_no_attribute.cpp).
#   test_super___class__, test_super_subclass___class__, test_supers' mysuper and
#   unbound super(C) stored as a class attribute: super is not a class in klass.
class A:
    def f(self):
        return 'A'


class B(A):
    def f(self):
        return super().f() + 'B'


class C(A):
    def f(self):
        return super().f() + 'C'


class D(C, B):
    def f(self):
        return super().f() + 'D'


class E(D):
    pass


class F(E):
    f = E.f        # D's function again: its super() still starts after D


class G(A):
    pass


print(*(k.__name__ for k in D.__mro__))
print(D().f(), D.f(D()))                       # test_basics_working, test_class_getattr_working
print(E().f(), E.f(E()))                       # test_subclass_no_override_working
print(F().f(), F.f(F()))                       # test_unbound_method_transfer_working
print(G().f(), B().f(), C().f())
print(super(D, D()).f(), super(C, D()).f(), super(B, D()).f())
print(super(C, E()).f(), super(C, C()).f(), super(B, F()).f())
print(super(D, D).f(D()), super(E, F).f(F()))  # from a class, a function is the function


# test_supers: methods with arguments, chained with explicit super(X, self).
class A2:
    def meth(self, a):
        return 'A(%r)' % a


class B2(A2):
    def meth(self, a):
        return 'B(%r)' % a + super(B2, self).meth(a)


class C2(A2):
    def meth(self, a):
        return 'C(%r)' % a + super(C2, self).meth(a)


class D2(C2, B2):
    def meth(self, a):
        return 'D(%r)' % a + super(D2, self).meth(a)


print(A2().meth(1), B2().meth(2), C2().meth(3))
print(D2().meth(4))


# test_supers: a data descriptor overridden in a subclass is reached through super.
class DDbase:
    def getx(self):
        return 42
    x = property(getx)


class DDsub(DDbase):
    def getx(self):
        return 'hello'
    x = property(getx)


dd = DDsub()
print(dd.x, super(DDsub, dd).x, DDbase().x)


# test_supers (SF 743627): from a classmethod, super(Sub, cls).aProp is the property itself.
class Base:
    aProp = property(lambda self: 'foo')


class Sub(Base):
    @classmethod
    def test(klass):
        return super(Sub, klass).aProp

    def from_instance(self):
        return super(Sub, self).aProp


print(Sub.test() is Base.aProp, Sub().test() is Base.aProp, Sub().from_instance())
