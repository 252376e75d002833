# The habr notes (part 3), "class definitions": a class statement is a statement
# (here inside an if); its body is code whose names become the class dict (an
# if/else in the body decides which methods the class has, a nested class is an
# attribute, a loop can generate methods).


if True:
    class A:
        def foo(self):
            print(42)

A().foo()


class A:
    if 1 > 2:
        def foo(self):
            print('1>2')
    else:
        def bar(self):
            print('else')


print(hasattr(A(), 'foo'))
# A().foo() raises AttributeError: 'A' object has no attribute 'foo'; in klass a
# compile error (tests/fail/attr_object_has_no_attribute.cpp), so hasattr asks.
A().bar()


class A:
    if 1 > 2:
        x = 1

        def foo(self):
            print('if')
    else:
        y = 1

        def bar(self):
            print('else')


print(hasattr(A, 'x'), A.y, hasattr(A, 'foo'), hasattr(A, 'bar'))
# A.bar() raises TypeError: A.bar() missing 1 required positional argument:
# 'self'; in klass a compile error (tests/fail/attr_missing_self.cpp).
A().bar()


class A:
    class B:
        pass


print(type(A.B()).__name__)

FIELDS = ['a', 'b', 'c']


class A:
    for f in FIELDS:
        locals()[f] = lambda self: 42


a = A()
print(a.a(), a.b(), a.c())
print(hasattr(a, 'd'))
# a.d() raises AttributeError: 'A' object has no attribute 'd'; in klass a compile
# error (tests/fail/attr_object_has_no_attribute.cpp).
