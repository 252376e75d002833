# __getattr__ is called only when the normal lookup fails: never for a class
# attribute, a method, a property or a set instance attribute; for a name
# nowhere, or an instance attribute not set (yet, or any more). It is inherited.
class C:
    cls_attr = 'class attribute'

    def __init__(self):
        self.set_field = 'set field'

    def method(self):
        return 'method'

    @property
    def prop(self):
        return 'property'

    def __getattr__(self, name):
        print('__getattr__', name)
        return 'fallback ' + name


class D(C):
    pass


c = C()
print(c.cls_attr, c.set_field, c.method(), c.prop)
print(c.unset_field)
print(c.anything)
c.unset_field = 'now set'
print(c.unset_field)
del c.unset_field
print(c.unset_field)
c.cls_attr = 'shadowed'
print(c.cls_attr)
del c.cls_attr
print(c.cls_attr)
d = D()
print(d.set_field, d.other)
