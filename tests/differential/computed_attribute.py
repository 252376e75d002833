# test_descr's computed attribute: a user data descriptor holding a getter, a
# setter and a deleter, like a hand-written property. Each read here counts up;
# assignment and deletion go through the descriptor, never the instance dict.
class computed_attribute:
    def __init__(self, get, set=None, delete=None):
        self.__get = get
        self.__set = set
        self.__delete = delete

    def __get__(self, obj, type=None):
        return self.__get(obj)

    def __set__(self, obj, value):
        return self.__set(obj, value)

    def __delete__(self, obj):
        return self.__delete(obj)


class C:
    def __init__(self):
        self._x = 0

    def _get_x(self):
        x = self._x
        self._x = x + 1
        return x

    def _set_x(self, x):
        self._x = x

    def _delete_x(self):
        del self._x
    x = computed_attribute(_get_x, _set_x, _delete_x)


a = C()
print(a.x)
print(a.x)
a.x = 10
print(a.x)
print(a.x)
del a.x
print(hasattr(a, '_x'))
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
a.x = 3
print(a.x, a._x)
