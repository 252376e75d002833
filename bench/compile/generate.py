#!/usr/bin/env python3
"""The translation units of the compile-cost benchmark (issue 15): each workload
written twice, with klass and as the plain C++ it replaces.

  generate.py WORKLOAD VARIANT [-o FILE]      VARIANT: klass or reference

Workloads (WORKLOADS below):
  mro_random_200, mro_random_1000, mro_lattice_200, mro_chain_200
      the hierarchies of bench/mro/generate.py (random: a seeded DAG, 1-3 bases
      per class, each class checked by CPython; chain: C0 <- C1 <- ...;
      lattice: layers of 4 classes, every class of a layer deriving from the 4
      classes of the layer above, in the same order). klass: every class
      declares `using bases = klass::bases<...>;` and, for every class,
      static_assert(hana::length(klass::mro<Ci>) == size_c<n>) with n the
      length of CPython's __mro__. reference: the bare declarations
      `struct Ci : Cj, Ck {};`; for the lattice `struct Ci {};`, the bases
      left out: with ordinary bases it has 4^depth copies of the root, and
      with virtual bases g++ 12 is exponential too (0.9 s at 45 classes,
      2.5 s at 49, over 30 s at 53; clang 14 takes 0.47 s at 200, about what
      the headers cost). Both include <klass/klass.hpp> and
      <boost/hana/length.hpp>.
  program_5, program_20
      a realistic program: 10 classes with 2 diamonds (C3(C1, C2) over
      C1(C0), C2(C0); C6(C4, C5) over C4(C3), C5(C3); then C7(C6), C8(C7),
      C9(C8)), 5 (20) attributes per class whose kinds cycle through a class
      attribute, a field, a method and a property; one instance of every
      class, and every attribute read once, on the instance of the class that
      defines it. reference: the same classes in plain C++ with virtual
      inheritance (static inline int, std::optional<int>, member functions).
      Both include <optional> and <klass/klass.hpp>.
  attributes_20x50
      bench/attributes/generate.py 20 50: a chain of 20 classes of 50
      attributes, 1000 getattr on the most derived class; reference: plain C++.
  header_klass     `#include <klass/klass.hpp>`; reference `#include <boost/hana.hpp>`
  header_runtime   `#include <klass/runtime.hpp>`; reference `#include <klass/klass.hpp>`
"""
import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mro_generate = _load("mro_generate", os.path.join(HERE, "..", "mro", "generate.py"))
attributes_generate = _load("attributes_generate", os.path.join(HERE, "..", "attributes", "generate.py"))

VARIANTS = ("klass", "reference")

# name -> (what it is, klass's target against the reference)
# target kinds: ("ratio", x) klass <= x * reference; ("plus", s) klass <= reference + s;
# ("absolute", s) klass <= s.
WORKLOADS = {
    "mro_random_200": ("MRO of every class, 200-class random DAG, vs bare declarations", ("ratio", 1.5)),
    "mro_lattice_200": ("MRO of every class, 200-class width-4 diamond lattice, vs bare declarations (no bases)",
                        ("ratio", 3.0)),
    "mro_chain_200": ("MRO of every class, 200-class chain, vs bare declarations", ("ratio", 2.0)),
    "mro_random_1000": ("MRO of every class, 1000-class random DAG (absolute)", ("absolute", 5.0)),
    "program_5": ("10 classes, 2 diamonds, 5 attributes each, every attribute used once, vs plain C++ (virtual bases)",
                  ("ratio", 1.5)),
    "program_20": ("the same program with 20 attributes per class", ("ratio", 2.0)),
    "attributes_20x50": ("20 classes x 50 attributes, 1000 getattr, vs plain C++", ("ratio", 3.0)),
    "header_klass": ("#include <klass/klass.hpp> vs <boost/hana.hpp>", ("plus", 0.1)),
    "header_runtime": ("#include <klass/runtime.hpp> vs <klass/klass.hpp>", ("plus", 0.3)),
}
# Peak memory: klass <= 2x the reference on every workload (the header targets are in time only).
MEMORY_RATIO = 2.0


def lattice(n, width=4):
    """(name, bases, mro) like mro_generate.hierarchy: layers of `width` classes,
    each deriving from every class of the layer above, in order."""
    classes, order = {}, []
    layer = []
    while len(order) < n:
        above = layer
        layer = []
        for _ in range(width if above else 1):
            if len(order) == n:
                break
            name = f"C{len(order)}"
            bases = [c for c in above]
            classes[name] = type(name, tuple(classes[b] for b in bases) or (object,), {})
            order.append((name, bases))
            layer.append(name)
    return [(name, bases, [c.__name__ for c in classes[name].__mro__]) for name, bases in order]


def mro_unit(shape, n, variant):
    classes = lattice(n) if shape == "lattice" else mro_generate.hierarchy(shape, n)
    out = [f"// compile-cost benchmark: MRO, {shape}, {n} classes, {variant} (bench/compile/generate.py)",
           "#include <klass/klass.hpp>", "#include <boost/hana/length.hpp>", ""]
    for name, bases, _ in classes:
        if variant == "reference":
            out.append(f"struct {name} : {', '.join(bases)} {{}};" if bases and shape != "lattice"
                       else f"struct {name} {{}};")
        elif bases:
            out.append(f"struct {name} {{ using bases = klass::bases<{', '.join(bases)}>; }};")
        else:
            out.append(f"struct {name} {{}};")
    if variant == "klass":
        out.append("")
        for name, _, mro in classes:
            out.append(f"static_assert(boost::hana::length(klass::mro<{name}>) == boost::hana::size_c<{len(mro)}>);")
    out.append("int main() { return 0; }")
    return "\n".join(out) + "\n"


# The realistic program's classes: (name, bases).
PROGRAM = [("C0", []), ("C1", ["C0"]), ("C2", ["C0"]), ("C3", ["C1", "C2"]), ("C4", ["C3"]), ("C5", ["C3"]),
           ("C6", ["C4", "C5"]), ("C7", ["C6"]), ("C8", ["C7"]), ("C9", ["C8"])]


def program_unit(attrs, variant):
    kind = attributes_generate.kind
    out = [f"// compile-cost benchmark: 10 classes, 2 diamonds, {attrs} attributes each, {variant}"
           " (bench/compile/generate.py)", "#include <optional>", "#include <klass/klass.hpp>", ""]
    if variant == "klass":
        out.append("using namespace klass::literals;\n")
    for i, (name, bases) in enumerate(PROGRAM):
        if variant == "klass":
            entries = []
            for j in range(attrs):
                key, k = f'"a{i}_{j}"_a', kind(j)
                entries.append({"value": f"{key} = {j}", "field": f"{key} = klass::field<int>",
                                "method": f"{key} = [](auto&, int k) {{ return k + {j}; }}",
                                "property": f"{key} = klass::property([](auto&) {{ return {j}; }})"}[k])
            out.append(f"struct {name} {{")
            if bases:
                out.append(f"  using bases = klass::bases<{', '.join(bases)}>;")
            out.append("  static constexpr auto dict = klass::dict(")
            out.append(",\n".join("      " + e for e in entries) + ");")
            out.append("};")
        else:
            out.append(f"struct {name}" + (" : " + ", ".join("virtual " + b for b in bases) if bases else "") + " {")
            for j in range(attrs):
                a, k = f"a{i}_{j}", kind(j)
                out.append({"value": f"  static inline int {a} = {j};", "field": f"  std::optional<int> {a};",
                            "method": f"  int {a}(int k) const {{ return k + {j}; }}",
                            "property": f"  int {a}() const {{ return {j}; }}"}[k])
            out.append("};")
    out.append("")
    out.append("int main() {")
    out.append("  int s = 0;")
    for i, (name, _) in enumerate(PROGRAM):
        out.append(f"  auto o{i} = klass::cls<{name}>();" if variant == "klass" else f"  {name} o{i};")
        for j in range(attrs):
            k = kind(j)
            if variant == "klass":
                call = "(1)" if k == "method" else ""
                out.append(f'  s += klass::getattr(o{i}, "a{i}_{j}"_a){call};')
            else:
                access = {"value": "", "field": ".value()", "method": "(1)", "property": "()"}[k]
                out.append(f"  s += o{i}.a{i}_{j}{access};")
    out.append("  return s;")
    out.append("}")
    return "\n".join(out) + "\n"


def header_unit(header):
    return f"#include <{header}>\nint main() {{ return 0; }}\n"


def render(workload, variant):
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    if workload.startswith("mro_"):
        _, shape, n = workload.split("_")
        return mro_unit(shape, int(n), variant)
    if workload.startswith("program_"):
        return program_unit(int(workload.split("_")[1]), variant)
    if workload == "attributes_20x50":
        return attributes_generate.render(20, 50, "klass" if variant == "klass" else "plain")
    if workload == "header_klass":
        return header_unit("klass/klass.hpp" if variant == "klass" else "boost/hana.hpp")
    if workload == "header_runtime":
        return header_unit("klass/runtime.hpp" if variant == "klass" else "klass/klass.hpp")
    raise ValueError(f"unknown workload {workload!r}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workload", choices=WORKLOADS)
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("-o", "--output", help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    text = render(args.workload, args.variant)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
