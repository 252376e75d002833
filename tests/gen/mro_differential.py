#!/usr/bin/env python3
"""Differential test of klass's C3 MRO against CPython itself.

Builds random class hierarchies by really creating the classes in the running
python3 (`type(name, bases, {})`), records for every class either its __mro__
or CPython's refusal (the kind of TypeError and the classes its message names),
and writes a C++ translation unit that static_asserts klass agrees, class by
class:

  accepted:  klass::mro<C> == hana::tuple_t<...CPython's __mro__...>
  refused:   klass::mro_status_of<C> == duplicate_base / inconsistent,
             klass::mro_conflict<C> == hana::tuple_t<...classes CPython names...>,
             klass::mro_failing_class<C> == hana::type_c<C>

A refused class does not exist in Python, so only accepted classes serve as
bases of later ones. Each hierarchy also gets a few classes deriving from a
refused one: they cannot be written in Python at all, so their expectation
comes from klass's documented model instead (status inconsistent_base, the
error and failing class of the first refused base); they are marked as such.

Regenerate (and commit the result) after changing this script:

  python3 tests/gen/mro_differential.py tests/static/mro_differential.cpp

tests/check/mro_differential_fresh.py reruns it and fails if the committed file
differs. The output therefore depends only on what every Python 3 agrees on:
the orders of __mro__ and the class names in the two messages
"duplicate base class A" and "Cannot create a consistent method resolution
order (MRO) for bases X, Y" (whose wording and line break vary by version and
are matched loosely). The random numbers come from a fixed-seed splitmix64
below, not from the `random` module, whose methods are not promised to give the
same numbers on every version.
"""
import re
import sys

SEED = 0x6B6C617373  # "klass"


class Rng:
    """splitmix64: the same sequence on every Python version."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):  # inclusive
        return lo + self.below(hi - lo + 1)

    def chance(self, num, den):
        return self.below(den) < num

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def sample(self, seq, k):
        pool = list(seq)
        return [pool.pop(self.below(len(pool))) for _ in range(min(k, len(pool)))]


# The two messages of CPython's mro_implementation, matched by their class names only.
INCONSISTENT = re.compile(r"Cannot\s+create\s+a\s+consistent\s+method\s+resolution\s+order\s+\(MRO\)\s+for\s+bases\s+(.*)",
                          re.S)
DUPLICATE = re.compile(r"duplicate\s+base\s+class\s+(\S+)")


def parse_refusal(message):
    m = DUPLICATE.fullmatch(message.strip())
    if m:
        return "duplicate_base", [m.group(1)]
    m = INCONSISTENT.fullmatch(message.strip())
    if m:
        return "inconsistent", [name.strip() for name in m.group(1).split(",")]
    raise SystemExit(f"mro_differential.py: unexpected TypeError message: {message!r}")


class Entry:
    def __init__(self, name, bases):
        self.name = name
        self.bases = bases  # names; [] means (object,)
        self.status = None  # consistent, duplicate_base, inconsistent, inconsistent_base
        self.mro = None  # names, for consistent classes
        self.named = None  # names in the error, for refused classes
        self.root = None  # the class whose creation fails


class Hierarchy:
    def __init__(self, name, summary):
        self.name = name
        self.summary = summary
        self.entries = []
        self.by_name = {}
        self.live = {"object": object}  # the classes CPython created
        self.counter = 0

    def fresh(self, prefix="X"):
        while True:
            name = f"{prefix}{self.counter}"
            self.counter += 1
            if name not in self.by_name:
                return name

    def _add(self, name, bases):
        assert name not in self.by_name and name != "object", name
        entry = Entry(name, list(bases))
        self.entries.append(entry)
        self.by_name[name] = entry
        return entry

    def define(self, name, bases=()):
        """Create `class name(*bases)` in CPython; True if it was accepted."""
        for b in bases:
            assert b in self.live, f"{self.name}: base {b} of {name} does not exist in Python"
        entry = self._add(name, bases)
        try:
            cls = type(name, tuple(self.live[b] for b in bases), {})
        except TypeError as error:
            entry.status, entry.named = parse_refusal(str(error))
            entry.root = name
            for n in entry.named:
                assert n in self.live, f"{self.name}: CPython named {n}, not a class of the hierarchy"
            return False
        entry.status = "consistent"
        entry.mro = [c.__name__ for c in cls.__mro__]
        self.live[name] = cls
        return True

    def define_beyond_python(self, name, bases):
        """A class with a refused base: klass's model (the first refused base's error)."""
        entry = self._add(name, bases)
        refused = next(self.by_name[b] for b in bases if b != "object" and self.by_name[b].status != "consistent")
        entry.status = "inconsistent_base"
        entry.root = refused.root
        entry.named = self.by_name[refused.root].named

    def accepted(self):
        return [e.name for e in self.entries if e.status == "consistent"]

    def refused(self):
        return [e.name for e in self.entries if e.status in ("duplicate_base", "inconsistent")]

    def has(self, name):
        return name in self.live


# ---- shapes ------------------------------------------------------------------

def chains(h, rng, length):
    """Two chains P0 <- P1 <- ... and Q0 <- ..., then classes over pairs of them
    in both orders (more derived first is fine, the reverse is refused), with
    object and duplicates thrown in."""
    for p in "PQ":
        for i in range(length):
            h.define(f"{p}{i}", [f"{p}{i - 1}"] if i else [])
    for _ in range(length + 4):
        i, j = sorted(rng.sample(range(length), 2))
        p, q = rng.choice("PQ"), rng.choice("PQ")
        kind = rng.below(7)
        if kind == 0:
            bases = [f"{p}{j}", f"{p}{i}"]  # derived first
        elif kind == 1:
            bases = [f"{p}{i}", f"{p}{j}"]  # base first: refused
        elif kind == 2:
            bases = [f"{p}{i}", f"{q}{j}"] if p != q else [f"{p}{j}", "object"]
        elif kind == 3:
            bases = ["object", f"{p}{j}"]
        elif kind == 4:
            bases = [f"{p}{j}", f"{p}{j}"]
        else:
            pool = h.accepted()
            bases = rng.sample(pool, rng.between(2, 3))
        h.define(h.fresh(), bases)


def fans(h, rng, width):
    """A root with `width` direct subclasses joined in random subsets, a wide
    class over independent roots, and joins of joins (orders may disagree)."""
    h.define("Root")
    leaves = [f"F{i}" for i in range(width)]
    for leaf in leaves:
        h.define(leaf, ["Root"])
    joins = []
    for _ in range(width // 2 + 2):
        name = h.fresh("J")
        h.define(name, rng.sample(leaves, rng.between(2, min(width, 6))))
        joins.append(name)
    roots = [f"R{i}" for i in range(width)]
    for r in roots:
        h.define(r)
    h.define("Wide", roots)
    h.define("WideLeaves", rng.sample(leaves, width) + ["Root"])
    h.define(h.fresh(), [leaves[0], "Root", leaves[1]])  # the root before a subclass: refused
    h.define(h.fresh(), ["Wide"] + rng.sample(leaves, 2))
    for _ in range(width // 2 + 1):
        bases = rng.sample([j for j in joins if h.has(j)], 2)
        name = h.fresh("J")
        if h.define(name, bases):
            joins.append(name)


def diamonds(h, rng, depth):
    """Diamonds stacked on each other, with the mirrored diamond at each level
    and classes mixing levels and mirrors."""
    h.define("T")
    below = "T"
    for k in range(depth):
        h.define(f"L{k}", [below])
        h.define(f"R{k}", [below])
        h.define(f"M{k}", [f"L{k}", f"R{k}"])
        h.define(f"N{k}", [f"R{k}", f"L{k}"])
        below = f"M{k}" if rng.chance(2, 3) or not h.has(f"N{k}") else f"N{k}"
    for _ in range(depth * 2):
        k = rng.below(depth)
        kind = rng.below(5)
        if kind == 0:
            bases = [f"M{k}", f"N{k}"]  # mirrored orders: refused
        elif kind == 1:
            bases = [f"M{k}", f"L{k}"]
        elif kind == 2:
            bases = [f"L{k}", f"M{k}"]
        elif kind == 3 and k + 1 < depth:
            bases = [f"L{k + 1}", f"R{k}"]
        else:
            bases = rng.sample(h.accepted(), 2)
        h.define(h.fresh(), bases)


def layered(h, rng, layers, width, max_bases=3):
    """Layer 0 are roots; a class of layer i picks 1..max_bases bases, mostly
    from layer i-1, sometimes from any earlier layer, in random order."""
    previous = []
    for layer in range(layers):
        current = []
        for i in range(width):
            name = f"{chr(ord('A') + layer)}{i}"
            if layer == 0:
                h.define(name)
            else:
                pool = previous if rng.chance(3, 4) else [n for n in h.accepted()]
                h.define(name, rng.sample(pool, rng.between(1, min(max_bases, len(pool)))))
            if h.has(name):
                current.append(name)
        previous = current or previous


def mixins(h, rng, count):
    """The usual Python pattern: mixins before a base class. Some mixins derive
    from the base themselves; concrete classes are then combined again."""
    h.define("Base")
    h.define("Model", ["Base"])
    h.define("Special", ["Model"])
    h.define("MixinBase")
    mix = []
    for i in range(count):
        name = f"Mix{i}"
        h.define(name, rng.choice([[], ["MixinBase"], ["Base"], ["Mix0"] if i else []]))
        mix.append(name)
    concretes = []
    for _ in range(count + 2):
        name = h.fresh("Concrete")
        chosen = rng.sample(mix, rng.between(1, 3))
        base = rng.choice(["Base", "Model", "Special"])
        bases = chosen + [base] if rng.chance(4, 5) else [base] + chosen
        if h.define(name, bases):
            concretes.append(name)
    for _ in range(count):
        if len(concretes) < 2:
            break
        h.define(h.fresh("Combined"), rng.sample(concretes, 2) + ([rng.choice(mix)] if rng.chance(1, 2) else []))


def random_dag(h, rng, count):
    """Each class picks 1..3 existing classes (object included now and then),
    with an occasional duplicate."""
    for i in range(count):
        pool = h.accepted()
        name = f"N{i}"
        if not pool or rng.chance(1, 8):
            h.define(name)
            continue
        bases = rng.sample(pool + (["object"] if rng.chance(1, 6) else []), rng.between(1, 3))
        if rng.chance(1, 12):
            bases.insert(rng.below(len(bases) + 1), rng.choice(bases))
        h.define(name, bases)


def conflicts(h, rng, extra):
    """Orders that CPython refuses, on purpose: the X/Y disagreement, a three-way
    cycle, object first, duplicates; then random joins over them."""
    for n in ("X", "Y", "Z"):
        h.define(n)
    h.define("XY", ["X", "Y"])
    h.define("YX", ["Y", "X"])
    h.define("YZ", ["Y", "Z"])
    h.define("ZX", ["Z", "X"])
    h.define("Cross", ["XY", "YX"])
    h.define("Cycle", ["XY", "YZ", "ZX"])
    h.define("ObjectFirst", ["object", "X"])
    h.define("ObjectLast", ["X", "object"])
    h.define("TwoObjects", ["object", "object"])
    h.define("DupX", ["X", "X"])
    h.define("DupLater", ["XY", "Z", "XY"])
    h.define("BaseThenSub", ["X", "XY"])
    h.define("SubThenBase", ["XY", "X"])
    for _ in range(extra):
        h.define(h.fresh("K"), rng.sample(h.accepted(), rng.between(2, 3)))


def beyond_python(h, rng, count):
    """Classes deriving from refused classes (klass-only expectations)."""
    refused = h.refused()
    if not refused:
        return
    made = []
    for _ in range(count):
        pool = h.accepted()
        bad = rng.choice(refused + made) if made and rng.chance(1, 3) else rng.choice(refused)
        good = rng.sample(pool, rng.below(3))
        bases = good + [bad]
        bases = rng.sample(bases, len(bases))
        others = [r for r in refused if r not in bases]
        if others and rng.chance(1, 3):
            bases.append(rng.choice(others))
        name = h.fresh("Beyond")
        h.define_beyond_python(name, bases)
        made.append(name)


def build(rng):
    hierarchies = []

    def make(name, summary, shape, *args):
        h = Hierarchy(name, summary)
        shape(h, rng, *args)
        beyond_python(h, rng, 2)
        hierarchies.append(h)

    for i, n in enumerate((6, 8, 10)):
        make(f"chain_{i}", f"two chains of {n} and classes over pairs of their members", chains, n)
    for i, w in enumerate((4, 6, 8)):
        make(f"fan_{i}", f"a root with {w} subclasses, joins of them and of independent roots", fans, w)
    for i, d in enumerate((2, 3, 5)):
        make(f"diamonds_{i}", f"{d} stacked diamonds with their mirrors", diamonds, d)
    for i, (layers, width) in enumerate(((3, 5), (4, 6), (5, 5), (4, 7))):
        make(f"layered_{i}", f"{layers} layers of {width} classes, 1-3 bases each from the layer above",
             layered, layers, width)
    for i, c in enumerate((3, 5, 6)):
        make(f"mixins_{i}", f"{c} mixins combined with a base class", mixins, c)
    for i, c in enumerate((14, 18, 22, 26, 30)):
        make(f"random_{i}", f"a random DAG of {c} classes with 1-3 bases each", random_dag, c)
    for i, c in enumerate((10, 16)):
        make(f"conflicts_{i}", "orders CPython refuses, then random joins over them", conflicts, c)
    return hierarchies


# ---- C++ ---------------------------------------------------------------------

def cxx_name(name):
    return "klass::object" if name == "object" else name


def cxx_types(names):
    return ", ".join(cxx_name(n) for n in names)


def emit(hierarchies):
    total = sum(len(h.entries) for h in hierarchies)
    counts = {}
    for h in hierarchies:
        for e in h.entries:
            counts[e.status] = counts.get(e.status, 0) + 1
    out = []
    w = out.append
    w("// GENERATED by tests/gen/mro_differential.py -- do not edit; regenerate with")
    w("//   python3 tests/gen/mro_differential.py tests/static/mro_differential.cpp")
    w("// Every expectation below is what CPython did when the generator created the")
    w("// class with type(name, bases, {}), except the classes marked \"beyond Python\".")
    w(f"// seed {SEED:#x}: {len(hierarchies)} hierarchies, {total} classes: "
      f"{counts.get('consistent', 0)} accepted, {counts.get('inconsistent', 0)} inconsistent, "
      f"{counts.get('duplicate_base', 0)} duplicate base, "
      f"{counts.get('inconsistent_base', 0)} deriving from a refused class (beyond Python).")
    w("#include <klass/mro.hpp>")
    w("")
    w("#include <boost/hana/equal.hpp>")
    w("")
    w("namespace hana = boost::hana;")
    for h in hierarchies:
        w("")
        w(f"// {h.name}: {h.summary}.")
        w(f"namespace {h.name} {{")
        for e in h.entries:
            if e.bases:
                w(f"struct {e.name} {{ using bases = klass::bases<{cxx_types(e.bases)}>; }};")
            else:
                w(f"struct {e.name} {{}};")
        for e in h.entries:
            python = f"{e.name}({', '.join(e.bases)})" if e.bases else e.name
            if e.status == "consistent":
                w(f"static_assert(klass::mro<{e.name}> == hana::tuple_t<{cxx_types(e.mro)}>);")
                continue
            if e.status == "duplicate_base":
                w(f"// {python}: TypeError: duplicate base class {e.named[0]}")
            elif e.status == "inconsistent":
                w(f"// {python}: TypeError: Cannot create a consistent method resolution order (MRO) "
                  f"for bases {', '.join(e.named)}")
            else:
                w(f"// {python}: beyond Python (a base cannot be created); {e.root} fails first")
            w(f"static_assert(klass::mro_status_of<{e.name}> == klass::mro_status::{e.status});")
            w(f"static_assert(klass::mro_conflict<{e.name}> == hana::tuple_t<{cxx_types(e.named)}>);")
            w(f"static_assert(klass::mro_failing_class<{e.name}> == hana::type_c<{e.root}>);")
        w(f"}}  // namespace {h.name}")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__)
        return 2
    text = emit(build(Rng(SEED)))
    if len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
