#!/usr/bin/env python3
"""The "Did you mean" suggestions of klass checked against CPython's.

Builds classes with random names (fields: instance attributes set in __init__;
plain class attributes; methods; some in a base class), misspells their names
(a letter dropped, added, replaced or swapped with the next, a letter's case
changed, two edits, an unrelated word, a name longer than 40 characters), asks
CPython for each misspelled name on an instance and on the class, reads the
suggestion from the AttributeError as traceback prints it ("... Did you mean:
'name'?"), and writes a TU that static_asserts klass suggests the same:

  klass::explain_lookup<C>("nmae"_a).did_you_mean == "name"
  klass::explain_lookup(klass::cls<C>, "nmae"_a).did_you_mean == ""

It needs CPython 3.12 or later (whose traceback module computes the suggestion;
3.13 prints the same): regenerate, and commit the result, with

  PYENV_VERSION=3.13.0 python3 tests/gen/suggestions.py tests/static/suggestions.cpp

Misspellings start with a letter: for a name starting with '_', CPython's
candidates include every dunder of `object`, which klass's `object` does not
all have (docs/limitations.md).
"""
import sys
import traceback

if sys.version_info < (3, 12):
    raise SystemExit("tests/gen/suggestions.py needs CPython 3.12 or later (traceback computes suggestions)")

SEED = 0x73756767  # "sugg"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


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

    def choice(self, seq):
        return seq[self.below(len(seq))]


WORDS = ["name", "color", "colour", "value", "values", "total", "count", "counter", "size", "sizes", "width",
         "height", "weight", "label", "labels", "item", "items", "index", "indices", "parent", "children", "node",
         "nodes", "key", "keys", "data", "date", "state", "status", "owner", "order", "orders", "price", "prices",
         "user", "users", "email", "emails", "title", "titles", "text", "next", "prev", "left", "right", "level"]


def misspell(rng, word):
    """One misspelling of word (never word itself, never starting with '_')."""
    while True:
        kind = rng.below(8)
        w = list(word)
        i = rng.below(len(w))
        if kind == 0 and len(w) > 1:
            del w[i]
        elif kind == 1:
            w.insert(i, rng.choice(LETTERS))
        elif kind == 2:
            w[i] = rng.choice(LETTERS)
        elif kind == 3 and i + 1 < len(w):
            w[i], w[i + 1] = w[i + 1], w[i]
        elif kind == 4:
            w[i] = w[i].upper()
        elif kind == 5:
            w[i] = rng.choice(LETTERS)
            w.insert(rng.below(len(w) + 1), rng.choice(LETTERS))
        elif kind == 6:
            w = list(rng.choice(WORDS) + rng.choice(WORDS))
        else:
            w = list(word + "x" * (41 - len(word)))  # over CPython's 40 characters
        out = "".join(w)
        if out != word and out and out[0] != "_":
            return out


def python_suggestion(target, wrong):
    try:
        getattr(target, wrong)
    except AttributeError as error:
        line = traceback.format_exception_only(error)[-1].strip()
        marker = ". Did you mean: '"
        return line[line.index(marker) + len(marker):-2] if marker in line else ""
    raise SystemExit(f"{wrong} was found on {target}")


def build(rng):
    cases = []
    for k in range(12):
        pool = list(dict.fromkeys(rng.choice(WORDS) for _ in range(8)))
        base_names = pool[: len(pool) // 3]
        own = pool[len(pool) // 3:]
        kinds = {n: rng.choice(["field", "value", "method"]) for n in pool}
        if k % 3 == 0:  # a private name, hidden from suggestions for a name without '_'
            kinds["_" + own[0]] = "value"
            own.append("_" + own[0])
        base, cls = f"Base{k}", f"Class{k}"

        def make(name, names, bases):
            ns = {n: (lambda self: 1) if kinds[n] == "method" else 1 for n in names if kinds[n] != "field"}
            fields = [n for n in names if kinds[n] == "field"]

            def init(self, fields=fields):
                for f in fields:
                    setattr(self, f, 1)
                for b in bases:
                    b.__init__(self)
            ns["__init__"] = init
            return type(name, bases, ns)

        py_base = make(base, base_names, ())
        py_cls = make(cls, own, (py_base,))
        instance = py_cls()
        wrongs = []
        for _ in range(10):
            w = misspell(rng, rng.choice(pool))
            if w not in pool and w not in wrongs:
                wrongs.append(w)
        checks = [(w, python_suggestion(instance, w), python_suggestion(py_cls, w)) for w in wrongs]
        cases.append((base, base_names, cls, own, kinds, checks))
    return cases


def cxx_dict(names, kinds):
    entries = []
    for n in names:
        value = {"field": "klass::field<int>", "value": "1", "method": "[](auto&) { return 1; }"}[kinds[n]]
        entries.append(f'"{n}"_a = {value}')
    return "klass::dict(" + ", ".join(entries) + ")" if entries else "klass::dict()"


def emit(cases):
    total = sum(len(c[5]) for c in cases)
    found = sum((i != "") + (c != "") for case in cases for _, i, c in case[5])
    out = ["// GENERATED by tests/gen/suggestions.py -- do not edit; regenerate with",
           "//   PYENV_VERSION=3.13.0 python3 tests/gen/suggestions.py tests/static/suggestions.cpp",
           f"// Every expectation is CPython {sys.version.split()[0]}'s suggestion for the misspelled name, on an",
           f"// instance and on the class: {total} names, {found} suggestions (seed {SEED:#x}).",
           "#include <klass/klass.hpp>", "", "using namespace klass::literals;"]
    for base, base_names, cls, own, kinds, checks in cases:
        out += ["", f"struct {base} {{ static constexpr auto dict = {cxx_dict(base_names, kinds)}; }};",
                f"struct {cls} {{",
                f"  using bases = klass::bases<{base}>;",
                f"  static constexpr auto dict = {cxx_dict(own, kinds)};",
                "};"]
        for wrong, on_instance, on_class in checks:
            out.append(f'static_assert(klass::explain_lookup<{cls}>("{wrong}"_a).did_you_mean == "{on_instance}");')
            out.append(f'static_assert(klass::explain_lookup(klass::cls<{cls}>, "{wrong}"_a).did_you_mean == "{on_class}");')
    return "\n".join(out) + "\n"


def main(argv):
    text = emit(build(Rng(SEED)))
    if len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
