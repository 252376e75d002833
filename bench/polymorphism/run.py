#!/usr/bin/env python3
"""Polymorphism at run time, measured: one access through a base-typed
klass::handle against a C++ virtual call on the same hierarchy, and through the
exact klass::ref against the same C++ without virtual functions
(runtime_bench.cpp).

For every compiler and access:
  * instructions: callgrind counts the instructions executed inside loop_OP
    (--toggle-collect, callees included) for two values of N; the difference
    divided by the difference of N is one iteration, minus one iteration of
    loop_baseline (the same loop, no access): one access;
  * time: `runtime_bench --time OP N` prints nanoseconds per iteration; the
    least of REPEAT runs, minus the baseline's least, is one access.
Each access is measured twice: OP walks two objects of different classes
(Circle, Square) in turn, as a heterogeneous container does; OP_one always the
first (a call site that sees one class).

  run.py [--commit REV | --include DIR] [--compilers g++-12,clang++-14] [--flags=-O2]
         [--repeat 5] [--n 50000000] [--csv FILE]

Writes results.csv (compiler, operation, instructions, ns) and prints a table.
By default the headers are those of commit HEAD (git archive), so the results
name one version of klass.
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

N1, N2 = 1000, 11000
ACCESSES = ["method", "field", "property"]
WAYS = ["base_handle", "virtual", "exact_handle", "plain"]
EXTRA = ["field_base_member"]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def callgrind_count(exe, operation, n, tmp):
    out = os.path.join(tmp, "callgrind.out")
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", f"--toggle-collect=loop_{operation}",
         exe, operation, str(n)])
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"no summary in the callgrind output of {exe} {operation}")


def per_iteration(exe, operation, tmp):
    return (callgrind_count(exe, operation, N2, tmp) - callgrind_count(exe, operation, N1, tmp)) / (N2 - N1)


def nanoseconds(exe, operation, n, repeat):
    return min(float(run([exe, "--time", operation, str(n)]).stdout) for _ in range(repeat))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--include")
    parser.add_argument("--compilers", default="g++-12,clang++-14")
    parser.add_argument("--flags", default="-O2")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--n", type=int, default=50_000_000)
    parser.add_argument("--csv", default=os.path.join(HERE, "results.csv"))
    args = parser.parse_args()
    operations = ["baseline"] + [f"{a}_{w}{one}" for one in ("", "_one") for a in ACCESSES for w in WAYS]
    operations += EXTRA + [e + "_one" for e in EXTRA]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        include, version = headers_under_test(tmp, args.include, args.commit)
        print(f"klass: {version}; flags {args.flags}")
        for cxx in args.compilers.split(","):
            exe = os.path.join(tmp, "runtime_bench." + cxx)
            run([cxx, "-std=c++20", *args.flags.split(), "-I", include, os.path.join(HERE, "runtime_bench.cpp"),
                 "-o", exe])
            base_instr = {b: per_iteration(exe, b, tmp) for b in ("baseline", "baseline_one")}
            base_ns = {b: nanoseconds(exe, b, args.n, args.repeat) for b in ("baseline", "baseline_one")}
            for op in operations[1:]:
                baseline = "baseline_one" if op.endswith("_one") else "baseline"
                instr = per_iteration(exe, op, tmp) - base_instr[baseline]
                ns = nanoseconds(exe, op, args.n, args.repeat) - base_ns[baseline]
                rows.append({"compiler": cxx, "operation": op, "instructions": f"{instr:.1f}", "ns": f"{ns:.3f}"})
                print(f"{cxx:12} {op:24} {instr:6.1f} instructions {ns:7.3f} ns")
    with open(args.csv, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["compiler", "operation", "instructions", "ns"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {args.csv}")


if __name__ == "__main__":
    main()
