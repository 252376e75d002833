#!/usr/bin/env python3
"""Draws results.csv (run.py) as results.png: instructions per access (callgrind)
for a method call, a field read and a property read, through a base handle, a
C++ virtual call, the exact klass::ref and plain C++, per compiler, for a call
site seeing two classes in turn and one seeing one class."""
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WAYS = [("base_handle", "klass::handle<Shape>"), ("virtual", "C++ virtual call"),
        ("exact_handle", "klass::ref<Circle>"), ("plain", "C++, not virtual")]
ACCESSES = ["method", "field", "property"]


def main(path=os.path.join(HERE, "results.csv"), out=os.path.join(HERE, "results.png")):
    rows = list(csv.DictReader(open(path)))
    value = {(r["compiler"], r["operation"]): float(r["instructions"]) for r in rows}
    compilers = sorted({r["compiler"] for r in rows})
    fig, axes = plt.subplots(2, len(compilers), figsize=(6 * len(compilers), 7), squeeze=False)
    for row, (suffix, title) in enumerate([("", "two classes in turn"), ("_one", "one class")]):
        for col, cxx in enumerate(compilers):
            ax = axes[row][col]
            width = 0.2
            for i, (way, label) in enumerate(WAYS):
                xs = [a + (i - 1.5) * width for a in range(len(ACCESSES))]
                ys = [value[(cxx, f"{access}_{way}{suffix}")] for access in ACCESSES]
                ax.bar(xs, ys, width, label=label)
            ax.set_xticks(range(len(ACCESSES)))
            ax.set_xticklabels(["method call", "field read", "property read"])
            ax.set_ylabel("instructions per access")
            ax.set_title(f"{cxx}, -O2: {title}")
            ax.grid(True, axis="y", alpha=0.3)
            if row == 0 and col == 0:
                ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
