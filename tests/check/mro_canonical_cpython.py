#!/usr/bin/env python3
"""The expectations of tests/static/mro_canonical.cpp are CPython's: every
hierarchy of tests/static/mro_hierarchies.hpp is recreated in the running
python3 with type(name, bases, {}) and each class's outcome compared with the
static_asserts of mro_canonical.cpp, which must cover every class:

  klass::mro<C> == hana::tuple_t<...>            C's __mro__
  klass::mro_status_of<C> == ...                 the TypeError: duplicate base /
  klass::mro_conflict<C> == hana::tuple_t<...>   inconsistent, and the classes named
  klass::mro_failing_class<C> == hana::type_c<>  C itself

A class deriving from a refused class cannot be written in Python; for those
(namespace refused_bases) the expectation is klass's model: inconsistent_base,
with the error and failing class of the first refused base, recursively.

  python3 tests/check/mro_canonical_cpython.py ROOT [ignored arguments]
  python3 tests/check/mro_canonical_cpython.py ROOT --show   CPython's outcomes
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
show = "--show" in sys.argv[2:]

INCONSISTENT = re.compile(r"Cannot\s+create\s+a\s+consistent\s+method\s+resolution\s+order\s+\(MRO\)\s+for\s+bases\s+(.*)",
                          re.S)
DUPLICATE = re.compile(r"duplicate\s+base\s+class\s+(\S+)")


def types(text):
    return [t.strip().replace("klass::object", "object") for t in text.split(",") if t.strip()]


def read_hierarchies(path):
    """{namespace: [(struct, python name, [bases])]} and {namespace: [all...]}"""
    hierarchies, lists, current = {}, {}, None
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        m = re.match(r"namespace (\w+) \{", line)
        if m and m.group(1) != "canonical":
            current = m.group(1)
            hierarchies[current] = []
            continue
        m = re.match(r"struct (\w+) \{(.*)\};", line)
        if m and current:
            body = m.group(2)
            bases = re.search(r"klass::bases<([^>]*)>", body)
            name = re.search(r'class_name = "(\w+)"', body)
            hierarchies[current].append((m.group(1), name.group(1) if name else m.group(1),
                                         types(bases.group(1)) if bases else []))
            continue
        m = re.match(r"using all = hierarchy<(.*)>;", line)
        if m and current:
            lists[current] = types(m.group(1))
            continue
        if re.match(r"\s*struct ", line) and current:
            raise SystemExit(f"{path}:{number}: a struct must fit on one line: {line.strip()}")
    return hierarchies, lists


def cpython_outcomes(structs):
    """{struct: (status, mro or named, failing struct)} as CPython (or, beyond it, klass) decides."""
    live = {"object": object}  # struct -> the class CPython created
    outcome = {}
    by_python_name = {}
    for struct, pyname, bases in structs:
        refused = [b for b in bases if b != "object" and outcome[b][0] != "consistent"]
        if refused:
            status, named, failing = outcome[refused[0]]
            outcome[struct] = ("inconsistent_base", named, failing)
            continue
        try:
            cls = type(pyname, tuple(live[b] for b in bases), {})
        except TypeError as error:
            message = str(error).strip()
            m = DUPLICATE.fullmatch(message)
            kind = "duplicate_base"
            if not m:
                m = INCONSISTENT.fullmatch(message)
                kind = "inconsistent"
            if not m:
                raise SystemExit(f"unexpected TypeError for {struct}: {message!r}")
            names = [n.strip() for n in m.group(1).split(",")]
            outcome[struct] = (kind, [by_python_name[n] for n in names], struct)
            continue
        live[struct] = cls
        if pyname in by_python_name:
            raise SystemExit(f"two live classes are called {pyname}: names in messages would be ambiguous")
        by_python_name[pyname] = struct
        struct_of = {id(c): s for s, c in live.items()}
        outcome[struct] = ("consistent", [struct_of[id(c)] for c in cls.__mro__], struct)
    return outcome


def read_assertions(path):
    """{(namespace, struct): {kind: value}} from the static_asserts of the canonical TU."""
    text = open(path, encoding="utf-8").read()
    found = {}
    patterns = {
        "mro": r"klass::mro<(\w+)> == hana::tuple_t<(.*)>",
        "status": r"klass::mro_status_of<(\w+)> == klass::mro_status::(\w+)",
        "conflict": r"klass::mro_conflict<(\w+)> == hana::tuple_t<(.*)>",
        "failing": r"klass::mro_failing_class<(\w+)> == hana::type_c<(\w+)>",
        "name": r'klass::name<(\w+)> == "(\w+)"',
    }
    blocks = re.split(r"^namespace canonical::(\w+) \{$", text, flags=re.M)
    for current, body in zip(blocks[1::2], blocks[2::2]):
        for statement in re.findall(r"static_assert\((.*?)\);", body, re.S):
            statement = " ".join(statement.split()).replace("< ", "<").replace(" >", ">")
            for kind, pattern in patterns.items():
                m = re.fullmatch(pattern, statement)
                if m:
                    value = m.group(2) if kind in ("status", "failing", "name") else types(m.group(2))
                    found.setdefault((current, m.group(1)), {})[kind] = value
                    break
            else:
                raise SystemExit(f"{path}: an assertion this check cannot read: static_assert({statement});")
    return found


hierarchies, lists = read_hierarchies(os.path.join(root, "tests/static/mro_hierarchies.hpp"))
asserted = read_assertions(os.path.join(root, "tests/static/mro_canonical.cpp"))
failures, checked = [], 0
for namespace, structs in hierarchies.items():
    if lists.get(namespace) != [s for s, _, _ in structs]:
        failures.append(f"{namespace}: `using all = hierarchy<...>` does not list its structs in order")
    outcomes = cpython_outcomes(structs)
    pynames = {s: n for s, n, _ in structs}
    for struct, _, bases in structs:
        status, value, failing = outcomes[struct]
        if show:
            print(f"{namespace}::{struct}({', '.join(bases)}): {status} {', '.join(value)}"
                  + (f" (fails at {failing})" if failing != struct else ""))
        facts = asserted.get((namespace, struct), {})
        if status == "consistent":
            want = {"mro": value}
        else:
            want = {"status": status, "conflict": value, "failing": failing}
        for kind, expected in want.items():
            if kind not in facts:
                failures.append(f"{namespace}::{struct}: mro_canonical.cpp does not assert its {kind} ({expected})")
            elif facts[kind] != expected:
                who = "klass's model (beyond Python)" if status == "inconsistent_base" else "CPython"
                failures.append(f"{namespace}::{struct}: mro_canonical.cpp asserts {kind} {facts[kind]}, "
                                f"{who} says {expected}")
        if "name" in facts and facts["name"] != pynames[struct]:
            failures.append(f"{namespace}::{struct}: asserts the name {facts['name']}, Python's is {pynames[struct]}")
        extra = set(facts) - set(want) - {"name"}
        if extra:
            failures.append(f"{namespace}::{struct}: asserts {sorted(extra)} but its outcome is {status}")
        checked += 1
for namespace, struct in asserted:
    if namespace not in hierarchies or struct not in [s for s, _, _ in hierarchies[namespace]]:
        failures.append(f"{namespace}::{struct}: asserted in mro_canonical.cpp but not in mro_hierarchies.hpp")

version = sys.version.split()[0]
if failures:
    print(f"FAIL: mro_canonical.cpp disagrees with CPython {version}:")
    print("\n".join("  " + f for f in failures))
    sys.exit(1)
print(f"ok: the {checked} classes of {len(hierarchies)} canonical hierarchies are asserted as CPython {version} decides")
