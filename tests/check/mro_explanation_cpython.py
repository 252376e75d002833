#!/usr/bin/env python3
"""klass::mro_explanation names ordering constraints that really contradict each
other, checked against CPython on every refused class of the hierarchies of
tests/gen/mro_differential.py.

  python3 tests/check/mro_explanation_cpython.py ROOT CXX -- FLAGS

The hierarchies are built again in the running python3 (CPython creates or
refuses each class, as the generator does); a C++ program declaring the same
classes prints klass::mro_explanation<C> for every class CPython refuses (and
every class deriving from one); each explanation must then hold in CPython:

  - it explains the class whose creation fails (klass::mro_failing_class);
  - a duplicated base has no constraints; an inconsistent merge has two or more,
    and they form a cycle (each `after` is the next `before`, the last `after`
    the first `before`), so no order can satisfy them all;
  - each is a rule every MRO of the failing class must keep, and true in CPython:
    "A precedes B in the bases of P" — P is the failing class itself or one of
    its ancestors, and P's bases list has A before B (local precedence);
    "in the MRO of P" — P.__mro__ has A before B; "A derives from B" — B is in
    A.__mro__; and the order reaches the failing class through the MRO of one of
    its bases (`inherited_by`, or `stated_in` itself), which has A before B
    (monotonicity).
"""
import importlib.util
import os
import subprocess
import sys
import tempfile

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", f"-I{root}/include"]

spec = importlib.util.spec_from_file_location("mro_differential", os.path.join(root, "tests/gen/mro_differential.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
hierarchies = gen.build(gen.Rng(gen.SEED))

# The program: every hierarchy's classes, and one line per constraint of each refused class.
program = ["#include <iostream>", "#include <klass/mro.hpp>", ""]
checked = []
for h in hierarchies:
    program.append(f"namespace {h.name} {{")
    for e in h.entries:
        if e.bases:
            program.append(f"struct {e.name} {{ using bases = klass::bases<{gen.cxx_types(e.bases)}>; }};")
        else:
            program.append(f"struct {e.name} {{}};")
    program.append(f"}}  // namespace {h.name}")
    checked += [(h, e) for e in h.entries if e.status != "consistent"]
program += ["", "template <class C>", "void explain(const char* where) {",
            "  constexpr auto e = klass::mro_explanation<C>;",
            "  std::cout << where << ' ' << klass::name<C> << ' ' << e.failing_class << ' ' << e.size() << '\\n';",
            "  for (const auto& c : e)",
            "    std::cout << \"  \" << c.before << ' ' << c.after << ' ' << static_cast<int>(c.origin) << ' '",
            "              << c.stated_in << ' ' << (c.inherited_by.empty() ? \"-\" : c.inherited_by) << '\\n';",
            "}", "", "int main() {"]
program += [f'  explain<{h.name}::{e.name}>("{h.name}");' for h, e in checked]
program.append("}")

ORIGIN = {0: "bases", 1: "mro", 2: "subclass"}  # klass::mro_origin's order

with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "explain.cpp")
    exe = os.path.join(tmp, "explain")
    with open(source, "w") as f:
        f.write("\n".join(program) + "\n")
    build = subprocess.run([cxx, *flags, source, "-o", exe], capture_output=True, text=True)
    if build.returncode != 0:
        print(f"FAIL: the explanation program does not compile\n{build.stdout}{build.stderr[:4000]}")
        sys.exit(1)
    run = subprocess.run([exe], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAIL: the explanation program exited with {run.returncode}\n{run.stderr}")
        sys.exit(1)

# Parse: a header line per class, then its constraints.
explained = []
for line in run.stdout.splitlines():
    if line.startswith("  "):
        before, after, origin, stated_in, inherited_by = line.split()
        explained[-1]["constraints"].append((before, after, ORIGIN[int(origin)], stated_in,
                                             None if inherited_by == "-" else inherited_by))
    else:
        where, name, failing, count = line.split()
        explained.append({"where": where, "name": name, "failing": failing, "count": int(count), "constraints": []})

failures = []
if len(explained) != len(checked):
    failures.append(f"{len(checked)} refused classes, {len(explained)} explanations")
constraints = 0
for (h, e), got in zip(checked, explained):
    label = f"{h.name}.{e.name}"
    classes = h.live  # CPython's classes, object included

    def mro(name):
        return [c.__name__ for c in classes[name].__mro__]

    def precedes(a, b, order):
        return a in order and b in order and order.index(a) < order.index(b)

    failing = h.by_name[e.root]
    if got["failing"] != e.root:
        failures.append(f"{label}: explains {got['failing']}, but {e.root} is the class whose creation fails")
        continue
    cs = got["constraints"]
    if failing.status == "duplicate_base":
        if cs:
            failures.append(f"{label}: a duplicated base has no contradiction to name, klass names {cs}")
        continue
    constraints += len(cs)
    if len(cs) < 2:
        failures.append(f"{label}: {len(cs)} constraint(s) cannot contradict each other")
        continue
    for i, (before, after, *_) in enumerate(cs):
        if after != cs[(i + 1) % len(cs)][0]:
            failures.append(f"{label}: the constraints do not form a cycle: {cs}")
            break
    own_bases = failing.bases
    for before, after, origin, stated_in, inherited_by in cs:
        said = f"{label}: {before} before {after} ({origin} of {stated_in}, inherited by {inherited_by})"
        if origin == "bases" and stated_in == e.root:
            if not precedes(before, after, own_bases) or inherited_by:
                failures.append(f"{said}: not the order of {e.root}'s bases {own_bases}")
            continue
        # Stated by an ancestor, reaching the failing class through the MRO of one of its bases.
        carrier = inherited_by or stated_in
        if carrier not in own_bases:
            failures.append(f"{said}: {carrier} is not a base of {e.root} ({own_bases})")
            continue
        if not precedes(before, after, mro(carrier)):
            failures.append(f"{said}: {carrier}.__mro__ {mro(carrier)} does not have {before} before {after}")
        if stated_in not in mro(carrier):
            failures.append(f"{said}: {stated_in} is not in {carrier}.__mro__")
        elif origin == "bases" and not precedes(before, after, [b.__name__ for b in classes[stated_in].__bases__]):
            failures.append(f"{said}: {stated_in}.__bases__ does not have {before} before {after}")
        elif origin == "mro" and not precedes(before, after, mro(stated_in)):
            failures.append(f"{said}: {stated_in}.__mro__ does not have {before} before {after}")
        elif origin == "subclass" and (before != stated_in or after not in mro(before)):
            failures.append(f"{said}: {before} does not derive from {after}")

if failures:
    print("\n".join("FAIL: " + f for f in failures[:40]))
    sys.exit(1)
print(f"ok: {len(checked)} refused classes, {constraints} constraints named by klass::mro_explanation, "
      f"each a rule of their MRO true in CPython {sys.version.split()[0]}, and each set a cycle")
