#!/usr/bin/env python3
"""What the conversion tables cost the compiler: a base of NAMES names (a third
fields, a third methods, a third properties) and SUBCLASSES subclasses that
override every method and property, compiled four ways:

  cpp_virtual     the same hierarchy in plain C++: virtual functions, one object
                  of each subclass called through a base pointer
  klass_create    the klass classes, one instance of each subclass, nothing read
  klass_exact     ... and every name read or called on each instance's exact
                  klass::ref (the templates a table instantiates, without tables)
  klass_handles   ... and each instance converted to klass::handle<Base> (the
                  tables of every (subclass, class of its MRO) pair, conformance
                  checks, records), every name read or called through the handles

  compile_time.py [--commit REV | --include DIR] [--compilers g++-12,clang++-14]
                  [--subclasses 1,5,10,20] [--names 20] [--repeat 3] [--csv FILE] [--plot FILE]

CPU time (user + sys) and peak memory of `CXX -std=c++20 -fsyntax-only` under
/usr/bin/time, the least of REPEAT runs; writes compile.csv and compile.png.
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "attributes"))
from headers import headers_under_test  # noqa: E402

VARIANTS = ["cpp_virtual", "klass_create", "klass_exact", "klass_handles"]


def kinds(names):
    """(name, kind) for each name of the base: fields, methods, properties in turn."""
    out = []
    for i in range(names):
        kind = ("field", "method", "property")[i % 3]
        out.append((f"{kind[0]}{i}", kind))
    return out


def cpp_source(subclasses, names):
    members = kinds(names)
    lines = ["#include <memory>", "#include <vector>", "struct Base {", "  virtual ~Base() = default;"]
    for name, kind in members:
        if kind == "field":
            lines.append(f"  int {name} = {len(name)};")
        elif kind == "method":
            lines.append(f"  virtual int {name}(int k) const {{ return k; }}")
        else:
            lines.append(f"  virtual int {name}() const {{ return 0; }}")
    lines.append("};")
    for s in range(subclasses):
        lines.append(f"struct D{s} : Base {{")
        for name, kind in members:
            if kind == "method":
                lines.append(f"  int {name}(int k) const override {{ return k + {s}; }}")
            elif kind == "property":
                lines.append(f"  int {name}() const override {{ return {s}; }}")
        lines.append("};")
    lines.append("int main() {")
    lines.append("  std::vector<std::unique_ptr<Base>> all;")
    for s in range(subclasses):
        lines.append(f"  all.push_back(std::make_unique<D{s}>());")
    lines.append("  int total = 0;")
    lines.append("  for (auto& o : all) {")
    for name, kind in members:
        access = {"field": f"o->{name}", "method": f"o->{name}(1)", "property": f"o->{name}()"}[kind]
        lines.append(f"    total += {access};")
    lines.append("  }")
    lines.append("  return total;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def klass_source(subclasses, names, variant):
    members = kinds(names)
    lines = ["#include <vector>", "#include <klass/klass.hpp>", "using namespace klass::literals;", "struct Base {",
             "  static constexpr auto dict = klass::dict("]
    entries = []
    for name, kind in members:
        if kind == "field":
            entries.append(f'    "{name}"_a = klass::field<int>')
        elif kind == "method":
            entries.append(f'    "{name}"_a = [](auto&, int k) {{ return k; }}')
        else:
            entries.append(f'    "{name}"_a = klass::property([](auto&) {{ return 0; }})')
    lines.append(",\n".join(entries) + ");")
    lines.append("};")
    for s in range(subclasses):
        lines.append(f"struct D{s} {{")
        lines.append("  using bases = klass::bases<Base>;")
        lines.append("  static constexpr auto dict = klass::dict(")
        entries = []
        for name, kind in members:
            if kind == "method":
                entries.append(f'    "{name}"_a = [](auto&, int k) {{ return k + {s}; }}')
            elif kind == "property":
                entries.append(f'    "{name}"_a = klass::property([](auto&) {{ return {s}; }})')
        lines.append(",\n".join(entries) + ");")
        lines.append("};")
    lines.append("int main() {")
    lines.append("  int total = 0;")

    def access(o, name, kind):
        return {"field": f'klass::getattr({o}, "{name}"_a)', "method": f'klass::getattr({o}, "{name}"_a)(1)',
                "property": f'klass::getattr({o}, "{name}"_a)'}[kind]

    if variant == "klass_handles":
        lines.append("  std::vector<klass::handle<Base>> all;")
    for s in range(subclasses):
        lines.append(f"  auto o{s} = klass::cls<D{s}>();")
        for name, kind in members:
            if kind == "field":
                lines.append(f'  klass::setattr(o{s}, "{name}"_a, {s});')
        if variant == "klass_exact":
            for name, kind in members:
                lines.append(f"  total += {access(f'o{s}', name, kind)};")
        elif variant == "klass_handles":
            lines.append(f"  all.push_back(o{s});")
    if variant == "klass_handles":
        lines.append("  for (const auto& o : all) {")
        for name, kind in members:
            lines.append(f"    total += {access('o', name, kind)};")
        lines.append("  }")
    lines.append("  return total;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def measure(cxx, include, path, repeat):
    best = None
    for _ in range(repeat):
        out = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", cxx, "-std=c++20", "-fsyntax-only", "-I", include,
                              path], capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"{cxx} {path} failed:\n{out.stderr[-3000:]}")
        user, system, kb = out.stderr.strip().splitlines()[-1].split()
        cpu, mb = float(user) + float(system), int(kb) / 1024
        best = (cpu, mb) if best is None or cpu < best[0] else best
    return best


def plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    compilers = sorted({r["compiler"] for r in rows})
    fig, axes = plt.subplots(1, len(compilers), figsize=(5.5 * len(compilers), 4), squeeze=False)
    for ax, cxx in zip(axes[0], compilers):
        for variant in VARIANTS:
            points = sorted((int(r["subclasses"]), float(r["cpu_s"])) for r in rows
                            if r["compiler"] == cxx and r["variant"] == variant)
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=variant)
        ax.set_title(f"{cxx}: {rows[0]['names']} names in the base")
        ax.set_xlabel("subclasses")
        ax.set_ylabel("CPU time (s), -fsyntax-only")
        ax.grid(True, alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--include")
    parser.add_argument("--compilers", default="g++-12,clang++-14")
    parser.add_argument("--subclasses", default="1,5,10,20")
    parser.add_argument("--names", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--csv", default=os.path.join(HERE, "compile.csv"))
    parser.add_argument("--plot", default=os.path.join(HERE, "compile.png"))
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        include, version = headers_under_test(tmp, args.include, args.commit)
        print(f"klass: {version}")
        for cxx in args.compilers.split(","):
            for subclasses in [int(s) for s in args.subclasses.split(",")]:
                for variant in VARIANTS:
                    source = (cpp_source(subclasses, args.names) if variant == "cpp_virtual"
                              else klass_source(subclasses, args.names, variant))
                    path = os.path.join(tmp, f"{variant}_{subclasses}.cpp")
                    with open(path, "w") as f:
                        f.write(source)
                    cpu, mb = measure(cxx, include, path, args.repeat)
                    rows.append({"compiler": cxx, "variant": variant, "subclasses": subclasses, "names": args.names,
                                 "cpu_s": f"{cpu:.2f}", "memory_mb": f"{mb:.0f}"})
                    print(f"{cxx:12} {variant:14} {subclasses:3} subclasses x {args.names} names: "
                          f"{cpu:6.2f} s {mb:6.0f} MB")
    with open(args.csv, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["compiler", "variant", "subclasses", "names", "cpu_s", "memory_mb"])
        writer.writeheader()
        writer.writerows(rows)
    plot(rows, args.plot)
    print(f"wrote {args.csv} and {args.plot}")


if __name__ == "__main__":
    main()
