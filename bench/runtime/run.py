#!/usr/bin/env python3
"""The runtime engine against the seed's Python, side by side in one run.

Builds runtime_bench.cpp (g++ -O2, the work tree's headers), runs it and
seed_base.py (under every Python given, by default /usr/bin/python3 and
CPython 3.13 if present), and writes next to this script:

  results.csv   workload,implementation,bytes,ops_per_second,ns_per_op
  results.txt   the machine, the ratios and the targets (met or missed, by how much)
  results.png   ns per operation, log scale, one group per workload

  run.py [--scale N] [--repeats R] [--cxx g++] [--python PATH ...] [--no-plot | --plot-only]

--scale divides the counts (quick look); the committed results use 1. Each
figure is the best of --repeats runs. The "klass Base" rows are the klass class
of the object model (klass/runtime/base.hpp) on the same workloads.
"""
import argparse
import csv
import io
import os
import platform
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


def build(cxx):
    out = os.path.join(tempfile.mkdtemp(prefix="klass-runtime-bench-"), "runtime_bench")
    cmd = [cxx, "-std=c++20", "-O2", "-DNDEBUG", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
           "-I" + os.path.join(REPO, "include"), os.path.join(HERE, "runtime_bench.cpp"), "-o", out]
    subprocess.run(cmd, check=True)
    return out


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


def python_version(python):
    return subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--python", action="append")
    parser.add_argument("--no-plot", action="store_true")
    parser.add_argument("--plot-only", action="store_true", help="redraw results.png from results.csv")
    args = parser.parse_args()
    if args.plot_only:
        with open(os.path.join(HERE, "results.csv")) as f:
            plot(list(csv.DictReader(f)), os.path.join(HERE, "results.png"))
        return
    pythons = args.python or [p for p in ("/usr/bin/python3", "/root/.pyenv/versions/3.13.0/bin/python3")
                              if os.path.exists(p)]

    exe = build(args.cxx)
    rows = rows_of(subprocess.run([exe, str(args.scale), str(args.repeats)], capture_output=True, text=True,
                                  check=True).stdout)
    for python in pythons:
        version = python_version(python)
        out = subprocess.run([python, os.path.join(HERE, "seed_base.py"), str(args.scale),
                              str(max(3, args.repeats // 2))], capture_output=True, text=True, check=True).stdout
        for row in rows_of(out):
            row["implementation"] = row["implementation"].replace("python", f"python {version}")
            rows.append(row)

    with open(os.path.join(HERE, "results.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["workload", "implementation", "bytes", "ops_per_second", "ns_per_op"])
        writer.writeheader()
        writer.writerows(rows)

    def ns(workload, implementation, size):
        for row in rows:
            if row["workload"] == workload and row["implementation"] == implementation and int(row["bytes"]) == size:
                return float(row["ns_per_op"])
        raise KeyError((workload, implementation, size))

    def fastest_python(workload, size):
        return min(float(r["ns_per_op"]) for r in rows
                   if r["workload"] == workload and int(r["bytes"]) == size and r["implementation"].startswith("python"))

    lines = []
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    load = open("/proc/loadavg").read().split()[:3]
    cxx_version = subprocess.run([args.cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    lines.append(f"machine: {cpu}, {os.cpu_count()} CPUs, load average {' '.join(load)} at the end of the run")
    lines.append(f"C++: {cxx_version}, -O2; Python: {', '.join(python_version(p) for p in pythons)}")
    lines.append(f"counts divided by {args.scale}; best of {args.repeats} runs (Python: best of {max(3, args.repeats // 2)})")
    lines.append("")

    def verdict(name, ratio, target, higher_is_better=True):
        ok = ratio >= target if higher_is_better else ratio <= target
        lines.append(f"{name}: {ratio:.1f}x (target {'>=' if higher_is_better else '<='} {target}x): "
                     + ("met" if ok else f"MISSED by {target / ratio if higher_is_better else ratio / target:.2f}x"))

    py_create = fastest_python("create", 4096)
    verdict("creation, named entry with its region vs Python Base()", py_create / ns("create", "klass named entry", 4096), 50)
    verdict("creation, region alone vs Python Base()", py_create / ns("create", "klass region", 4096), 50)
    verdict("creation, klass Base() (the klass class) vs Python Base()", py_create / ns("create", "klass Base", 4096), 50)
    for impl in ("klass Base send_to+read_messages", "klass send_to+read_messages", "klass entry send+read_messages", "klass mailbox send+consume",
                 "klass entry 16 sends+1 read_messages (per message)"):
        verdict(f"32-byte send+read, {impl} vs Python seed",
                fastest_python("send+read", 32) / ns("send+read", impl, 32), 50)
    verdict("4 KiB send+read, klass send_to+read_messages vs memcpy x2 (in and out, as it copies)",
            ns("send+read", "klass send_to+read_messages", 4096) / ns("send+read", "memcpy x2", 4096), 2, False)
    verdict("4 KiB send+read, klass send_to+read_messages vs memcpy x1",
            ns("send+read", "klass send_to+read_messages", 4096) / ns("send+read", "memcpy x1", 4096), 2, False)
    verdict("4 KiB send+read, klass mailbox send+consume (read in place) vs memcpy x1",
            ns("send+read", "klass mailbox send+consume", 4096) / ns("send+read", "memcpy x1", 4096), 2, False)
    verdict("4 KiB send+read, klass Base send_to+read_messages vs memcpy x2",
            ns("send+read", "klass Base send_to+read_messages", 4096) / ns("send+read", "memcpy x2", 4096), 2, False)
    verdict("4 KiB send+read, klass send_to+read_messages vs Python seed",
            fastest_python("send+read", 4096) / ns("send+read", "klass send_to+read_messages", 4096), 50)
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "results.txt"), "w") as f:
        f.write(text)
    sys.stdout.write(text)

    if not args.no_plot:
        plot(rows, os.path.join(HERE, "results.png"))


def plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = [("create", 4096, "create one instance\n(4 KiB of memory)"),
              ("send+read", 32, "send + read\n32-byte message"),
              ("send+read", 4096, "send + read\n4 KiB message")]
    fig, axes = plt.subplots(len(groups), 1, figsize=(10, 11), gridspec_kw={"height_ratios": [4, 9, 9]})
    for ax, (workload, size, title) in zip(axes, groups):
        chosen = [r for r in rows if r["workload"] == workload and int(r["bytes"]) == size]
        names = [r["implementation"] for r in chosen]
        values = [float(r["ns_per_op"]) for r in chosen]
        colors = ["tab:orange" if n.startswith("python") else "tab:gray" if n.startswith("memcpy") else "tab:blue"
                  for n in names]
        bars = ax.barh(range(len(values)), values, color=colors)
        ax.set_yticks(range(len(values)))
        ax.set_yticklabels(names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.set_xlabel("ns per operation (log scale, lower is better)")
        ax.set_title(title)
        for bar, value in zip(bars, values):
            ax.text(value, bar.get_y() + bar.get_height() / 2, f" {value:,.0f}" if value >= 10 else f" {value:.1f}",
                    va="center", fontsize=7)
        ax.set_xlim(min(values) / 2, max(values) * 8)
    fig.suptitle("klass runtime engine vs the seed's Python Base (mmap mailbox) and memcpy")
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
