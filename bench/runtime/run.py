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
    lines.append(f"counts divided by {args.scale}; best of {args.repeats} runs (Python: best of {max(3, args.repeats // 2)}); "
                 "CPU time of the thread (the machine is shared)")
    lines.append("")

    def verdict(name, ratio, target, higher_is_better=True):
        ok = ratio >= target if higher_is_better else ratio <= target
        lines.append(f"{name}: {ratio:.1f}x (target {'>=' if higher_is_better else '<='} {target}x): "
                     + ("met" if ok else f"MISSED by {target / ratio if higher_is_better else ratio / target:.2f}x"))

    # Creation in a fresh process: `runtime_bench fresh N` and `seed_base.py fresh N`, each started anew.
    def fresh(command, runs=5):
        best_first, best_rest = float("inf"), float("inf")
        for _ in range(runs):
            first, rest = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split(",")
            best_first, best_rest = min(best_first, float(first)), min(best_rest, float(rest))
        return best_first, best_rest
    fresh_n = max(10, 1000 // args.scale)
    k_first, k_rest = fresh([exe, "fresh", str(fresh_n)])
    rows.append(dict(workload="create", implementation="klass Base, first in a fresh process", bytes="4096",
                     ops_per_second=f"{1e9 / k_first:.0f}", ns_per_op=f"{k_first:.2f}"))
    rows.append(dict(workload="create", implementation=f"klass Base, next {fresh_n - 1} in a fresh process (mean)",
                     bytes="4096", ops_per_second=f"{1e9 / k_rest:.0f}", ns_per_op=f"{k_rest:.2f}"))
    p_first, p_rest = fresh([pythons[0], os.path.join(HERE, "seed_base.py"), "fresh", str(fresh_n)])
    py_version = python_version(pythons[0])
    rows.append(dict(workload="create", implementation=f"python {py_version} seed Base(), first in a fresh process",
                     bytes="4096", ops_per_second=f"{1e9 / p_first:.0f}", ns_per_op=f"{p_first:.2f}"))
    rows.append(dict(workload="create", implementation=f"python {py_version} seed Base(), next {fresh_n - 1} in a fresh process (mean)",
                     bytes="4096", ops_per_second=f"{1e9 / p_rest:.0f}", ns_per_op=f"{p_rest:.2f}"))
    with open(os.path.join(HERE, "results.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["workload", "implementation", "bytes", "ops_per_second", "ns_per_op"])
        writer.writeheader()
        writer.writerows(rows)

    py_create = min(float(r["ns_per_op"]) for r in rows if r["workload"] == "create"
                    and r["implementation"].startswith("python") and "fresh" not in r["implementation"])
    lines.append("The targets of issue #14 (CPU time of the thread, best of the runs):")
    verdict("32-byte send_to + read_messages (registry by name, copies out) vs the Python seed",
            fastest_python("send+read", 32) / ns("send+read", "klass send_to+read_messages", 32), 100)
    verdict("32-byte klass Base send_to + read_messages (the klass class) vs the Python seed",
            fastest_python("send+read", 32) / ns("send+read", "klass Base send_to+read_messages", 32), 100)
    verdict("32-byte zero-copy path (mailbox send + consume in place) vs a plain SPSC ring in 4 KiB",
            ns("send+read", "klass mailbox send+consume", 32) / ns("send+read", "plain SPSC ring push+pop in place (4 KiB)", 32), 2, False)
    verdict("4 KiB messages, mailbox send + consume copying into a buffer vs two memcpys",
            ns("send+read", "klass mailbox send+consume copying into a buffer", 4096) / ns("send+read", "memcpy x2", 4096), 1.5, False)
    verdict("4 KiB messages, send_to + read_messages (a new std::string each) vs two memcpys",
            ns("send+read", "klass send_to+read_messages", 4096) / ns("send+read", "memcpy x2", 4096), 1.5, False)
    verdict("Base creation, warm: klass::cls<Base>() vs Python Base()", py_create / ns("create", "klass Base", 4096), 100)
    verdict(f"Base creation in a fresh process, mean of the {fresh_n - 1} after the first", p_rest / k_rest, 100)
    verdict("Base creation in a fresh process, the first one alone", p_first / k_first, 100)
    lines.append("")
    lines.append("Other figures:")
    verdict("creation, named entry with its region vs Python Base()", py_create / ns("create", "klass named entry", 4096), 100)
    verdict("32-byte send + consume (in place) vs Python seed",
            fastest_python("send+read", 32) / ns("send+read", "klass mailbox send+consume", 32), 100)
    verdict("32-byte, 16 sends + 1 consume (per message) vs a plain SPSC ring",
            ns("send+read", "klass mailbox 16 sends+1 consume (per message)", 32) / ns("send+read", "plain SPSC ring push+pop in place (4 KiB)", 32), 2, False)
    first = ns("first message", "klass first send into an untouched 4 KiB mailbox", 32)
    second = ns("first message", "klass second send into the same mailboxes", 32)
    lines.append(f"first message into an untouched mailbox: {first:,.0f} ns, the next one {second:,.0f} ns: "
                 f"the page fault costs about {first - second:,.0f} ns")
    idle = ns("resident memory", "klass idle named 4 KiB mailbox (bytes per mailbox with its bookkeeping)", 4096)
    used = ns("resident memory", "klass named 4 KiB mailbox after one message (bytes per mailbox)", 4096)
    lines.append(f"resident memory of an idle named 4 KiB mailbox: {idle:,.0f} bytes (heap bookkeeping; its page is not "
                 f"touched), {used:,.0f} bytes after its first message")
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
              ("send+read", 4096, "send + read\n4 KiB message"),
              ("first message", 32, "the first message into\na fresh mailbox (page fault)")]
    fig, axes = plt.subplots(len(groups), 1, figsize=(11, 15), gridspec_kw={"height_ratios": [8, 11, 10, 2.5]})
    for ax, (workload, size, title) in zip(axes, groups):
        chosen = [r for r in rows if r["workload"] == workload and int(r["bytes"]) == size]
        names = [r["implementation"] for r in chosen]
        values = [float(r["ns_per_op"]) for r in chosen]
        colors = ["tab:orange" if n.startswith("python") else
                  "tab:gray" if n.startswith("memcpy") or n.startswith("plain") else "tab:blue" for n in names]
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
    fig.suptitle("klass runtime vs the seed's Python Base (mmap mailbox), memcpy and a plain SPSC ring\n"
                 "(CPU time of the thread per operation)")
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
