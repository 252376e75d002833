# Questions about the class of an object known only at run time: type(o), its
# __name__ and __mro__, `type(o) is C`, isinstance(o, C) through the MRO and
# through ABC registrations (ABCMeta.__subclasscheck__ without a hook: a class
# registered with an ABC, a subclass of a registered class, an ABC registered
# with another ABC), and checked downcasts (`if isinstance(o, C): use o as C`).
import abc


class Animal:
    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return "woof"

    def fetch(self):
        return "fetched"


class Puppy(Dog):
    pass


class Cat(Animal):
    def sound(self):
        return "meow"


class Pet(abc.ABC):
    pass


class Trained(abc.ABC):
    pass


class Robot:
    def sound(self):
        return "beep"


Pet.register(Cat)
Pet.register(Trained)
Trained.register(Dog)

everything = [Animal(), Dog(), Puppy(), Cat(), Robot()]
for o in everything:
    t = type(o)
    print(t.__name__, "|", " ".join(c.__name__ for c in t.__mro__), "|", t is Dog, t is type(everything[1]))
    print(" isinstance:", isinstance(o, object), isinstance(o, Animal), isinstance(o, Dog), isinstance(o, Cat),
          isinstance(o, Pet), isinstance(o, Trained))
    if isinstance(o, Animal):
        print(" as an Animal:", o.sound())
        if isinstance(o, Dog):
            print(" as a Dog:", o.fetch())
        if type(o) is Dog:
            print(" exactly a Dog:", type(o).__name__)
    else:
        print(" not an Animal")
print(issubclass(Puppy, Pet), issubclass(Cat, Pet), issubclass(Robot, Pet), issubclass(Dog, Trained))
