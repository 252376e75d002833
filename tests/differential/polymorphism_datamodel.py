# The data model on objects whose class is known only at run time: bool(o)
# (__bool__, else __len__, else true), len(o), repr(o) and str(o) (the class's
# own, or object's `<__main__.C object at ...>`, compared by its prefix),
# hash(o) (a class with __eq__ and no __hash__ is unhashable), and __del__ once,
# when the last reference goes.


def attempt(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)


class Box:
    items = 0

    def __len__(self):
        return self.items

    def __repr__(self):
        return f"Box({self.items})"


class Crate(Box):
    def __str__(self):
        return f"a crate of {self.items}"

    def __bool__(self):
        return True

    def __del__(self):
        print("Crate.__del__", self.items)


class Bag(Box):
    def __eq__(self, other):
        return self.items == other.items

    def __hash__(self):
        return 1000 + self.items


class Sack(Box):
    def __eq__(self, other):
        return True


def main():
    boxes = [Box(), Crate(), Bag(), Sack()]
    for b in boxes:
        print(type(b).__name__, bool(b), len(b), repr(b), str(b))
        b.items = 3
        print(" now:", bool(b), len(b), repr(b), str(b))
        attempt(lambda: print(" hash:", "1003" if hash(b) == 1003 else "by identity"))
    plain = object()
    print(repr(plain)[:20], bool(plain))
    crate = boxes[1]
    boxes.clear()
    del b
    print("the list is cleared")
    del crate  # the last reference to the Crate goes here


main()
print("done")
