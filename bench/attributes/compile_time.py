#!/usr/bin/env python3
"""Compile-time cost of attribute lookup: klass against plain C++.

For each (compiler, variant, depth, attributes per class) the translation unit of
generate.py is compiled with -fsyntax-only under /usr/bin/time, three times; the
minimum elapsed time, the minimum CPU time (user + sys) and the minimum peak
memory are kept (the minimum is the run least disturbed by the other processes
of the machine; the spread of the three is recorded too).

Configurations: the headline hierarchy (a chain of 20 classes of 50 attributes
each, every attribute read on the most derived class), a series over the
attributes per class (10, 25, 50, 100 at depth 20) and one over the depth of the
MRO (5, 10, 20, 40 at 50 attributes per class). At the headline size it also
compiles `empty` (the headers alone) and the two klass stages `klass_dicts`
(the classes) and `klass_instance` (the classes and one instance, no lookup).

Each compiler is first run with its default limits; where they refuse the program
(clang's -fbracket-depth, -fconstexpr-steps; GCC's -fconstexpr-ops-limit) the error
is recorded in `default_limits` and the measured runs raise them (LIMITS).

  compile_time.py [--include DIR] [--runs 3] [--only-plot] [--cache FILE]

Writes compile.csv and compile.png next to this script (the plot also draws
the klass series of compile-before.csv, an earlier measurement, when it exists;
the plot with
/usr/bin/python3 and matplotlib). Results are cached in a JSON file as they come
(default /tmp/klass-bench-attributes-compile.json), so an interrupted run resumes.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from headers import headers_under_test  # noqa: E402

COMPILERS = ("g++-12", "clang++-14")
# Raised where the default limits refuse the program (recorded in default_limits).
LIMITS = {
    "clang": ["-fbracket-depth=100000", "-fconstexpr-steps=1000000000"],
    "g++": ["-fconstexpr-ops-limit=4294967296"],
}
HEADLINE = (20, 50)
ATTRS_SERIES = [(20, a) for a in (10, 25, 50, 100)]
DEPTH_SERIES = [(d, 50) for d in (5, 10, 20, 40)]
TIMEOUT = 1800


def configurations():
    seen, out = set(), []
    def add(c):
        if c not in seen:
            seen.add(c)
            out.append(c)
    d, a = HEADLINE
    for variant in ("klass", "plain", "empty", "klass_dicts", "klass_instance"):
        add((variant, d, a))
    for d, a in sorted(set(ATTRS_SERIES + DEPTH_SERIES), key=lambda c: c[0] * c[1]):
        for variant in ("klass", "plain"):
            add((variant, d, a))
    return out



def timed(cmd):
    """(ok, elapsed s, cpu s, max rss KB, first error line)"""
    full = ["/usr/bin/time", "-f", "TIME %e %U %S %M", *cmd]
    try:
        p = subprocess.run(full, text=True, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, TIMEOUT, TIMEOUT, 0, f"timeout after {TIMEOUT} s"
    m = re.search(r"^TIME (\S+) (\S+) (\S+) (\d+)$", p.stderr, re.M)
    elapsed, user, system, rss = float(m.group(1)), float(m.group(2)), float(m.group(3)), int(m.group(4))
    error = ""
    if p.returncode:
        errors = [l for l in p.stderr.splitlines() if "error" in l]
        error = (errors[0] if errors else p.stderr.strip().splitlines()[0])[:300]
    return p.returncode == 0, elapsed, user + system, rss, error


def measure(cxx, variant, depth, attrs, include, runs, tmp):
    source = os.path.join(tmp, f"{variant}_{depth}_{attrs}.cpp")
    with open(source, "w") as f:
        f.write(generate.render(depth, attrs, variant))
    base = [cxx, "-std=c++20", "-fsyntax-only", "-I", include, source]
    samples, default_limits, flags = [], "ok", []
    ok, *sample, error = timed(base)
    if ok:
        samples.append(sample)
    else:
        default_limits = error
        flags = LIMITS["clang" if "clang" in cxx else "g++"]
    while len(samples) < runs:
        ok, *sample, error = timed(base[:1] + flags + base[1:])
        if not ok:
            return {"ok": False, "error": error, "default_limits": default_limits, "samples": samples}
        samples.append(sample)
    return {"ok": True, "error": "", "default_limits": default_limits, "flags": " ".join(flags), "samples": samples}


def write_csv(results, path, version):
    fields = ["compiler", "variant", "depth", "attrs_per_class", "names", "ok", "elapsed_min_s", "elapsed_max_s",
              "cpu_min_s", "cpu_max_s", "maxrss_min_mb", "runs", "extra_flags", "default_limits", "klass"]
    rows = []
    for key, r in results.items():
        cxx, variant, depth, attrs = key.split("|")
        s = r["samples"]
        rows.append({
            "compiler": cxx, "variant": variant, "depth": depth, "attrs_per_class": attrs,
            "names": int(depth) * int(attrs),
            "ok": "yes" if r["ok"] else "no: " + re.sub(r"\S*/klass-bench-compile-\w+/", "", r["error"]),
            "elapsed_min_s": f"{min(x[0] for x in s):.2f}" if s else "",
            "elapsed_max_s": f"{max(x[0] for x in s):.2f}" if s else "",
            "cpu_min_s": f"{min(x[1] for x in s):.2f}" if s else "",
            "cpu_max_s": f"{max(x[1] for x in s):.2f}" if s else "",
            "maxrss_min_mb": f"{min(x[2] for x in s) / 1024:.0f}" if s else "",
            "runs": len(s), "extra_flags": r.get("flags", ""),
            "default_limits": re.sub(r"\S*/klass-bench-compile-\w+/", "", r["default_limits"]),
            "klass": version,
        })
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return rows


def plot(rows, path, before=()):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import NullFormatter

    def series(cxx, variant, fixed, axis):
        pts = []
        for r in rows:
            if r["compiler"] != cxx or r["variant"] != variant or not r["ok"].startswith("yes"):
                continue
            d, a = int(r["depth"]), int(r["attrs_per_class"])
            if (axis == "attrs" and d == fixed) or (axis == "depth" and a == fixed):
                pts.append((a if axis == "attrs" else d, float(r["cpu_min_s"]), float(r["maxrss_min_mb"]),
                            r["default_limits"] != "ok"))
        return sorted(pts)

    fig, axes = plt.subplots(2, 2, figsize=(11, 8.5))
    styles = {("g++-12", "klass"): ("C0", "-", "o"), ("g++-12", "plain"): ("C0", ":", "s"),
              ("clang++-14", "klass"): ("C3", "-", "o"), ("clang++-14", "plain"): ("C3", ":", "s")}
    headers = {r["compiler"]: (float(r["cpu_min_s"]), float(r["maxrss_min_mb"])) for r in rows
               if r["variant"] == "empty" and r["ok"].startswith("yes")}
    panels = [("attrs", HEADLINE[0], f"attributes per class (MRO depth {HEADLINE[0]})"),
              ("depth", HEADLINE[1], f"MRO depth (classes in the chain, {HEADLINE[1]} attributes each)")]
    for col, (axis, fixed, label) in enumerate(panels):
        xs_all = set()
        for (cxx, variant), (color, line, marker) in styles.items():
            pts = series(cxx, variant, fixed, axis)
            if not pts:
                continue
            xs = [p[0] for p in pts]
            xs_all.update(xs)
            for row, value in ((0, 1), (1, 2)):
                ax = axes[row][col]
                ax.plot(xs, [p[value] for p in pts], color=color, linestyle=line, marker=marker,
                        label=f"{cxx} {variant}")
                refused = [p for p in pts if p[3]]
                ax.plot([p[0] for p in refused], [p[value] for p in refused], linestyle="none", marker="o",
                        markersize=13, markerfacecolor="none", markeredgecolor="k")
        for cxx in ("g++-12", "clang++-14"):
            pts = [(int(r["attrs_per_class"]) if axis == "attrs" else int(r["depth"]), float(r["cpu_min_s"]),
                    float(r["maxrss_min_mb"])) for r in before
                   if r["compiler"] == cxx and r["variant"] == "klass" and r["ok"].startswith("yes")
                   and int(r["depth" if axis == "attrs" else "attrs_per_class"]) == fixed]
            if pts:
                pts.sort()
                for row, value in ((0, 1), (1, 2)):
                    axes[row][col].plot([p[0] for p in pts], [p[value] for p in pts], color=styles[(cxx, "klass")][0],
                                        linestyle="--", marker="x", alpha=0.45, label=f"{cxx} klass before ({before[0]['klass'].split()[-1][:7]})")
        for cxx, (cpu, mem) in headers.items():
            color = styles[(cxx, "klass")][0]
            axes[0][col].axhline(cpu, color=color, alpha=0.35, linewidth=1)
            axes[1][col].axhline(mem, color=color, alpha=0.35, linewidth=1)
        axes[0][col].set_ylabel("CPU time, s (-fsyntax-only, min of runs)")
        axes[1][col].set_ylabel("peak memory, MB")
        for row in (0, 1):
            ax = axes[row][col]
            ax.set_xlabel(label)
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.grid(True, which="both", alpha=0.3)
            ax.set_xticks(sorted(xs_all))
            ax.set_xticklabels([str(x) for x in sorted(xs_all)])
            ax.xaxis.set_minor_formatter(NullFormatter())
        handles, labels = axes[0][col].get_legend_handles_labels()
        handles += [Line2D([], [], linestyle="none", marker="o", markersize=11, markerfacecolor="none",
                           markeredgecolor="k"),
                    Line2D([], [], color="gray", alpha=0.5)]
        labels += ["refused at the default limits", "the headers alone"]
        axes[0][col].legend(handles, labels, fontsize=8)
    fig.suptitle("klass attribute lookup: compile time and memory against plain C++\n"
                 "(a chain of classes; every attribute read on an instance of the most derived one)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--include", help="klass include directory (default: include/ of --commit)")
    parser.add_argument("--commit", default="HEAD", help="the commit whose include/ is measured (default HEAD)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", default="/tmp/klass-bench-attributes-compile.json")
    parser.add_argument("--only-plot", action="store_true", help="write the CSV and the plot from the cache")
    parser.add_argument("--compilers", default=",".join(COMPILERS))
    parser.add_argument("--drop", help="regex: forget the cached results whose key (compiler|variant|depth|attrs) matches")
    parser.add_argument("--add-runs", type=int, default=0,
                        help="with --match: add this many runs to the cached results whose key matches")
    parser.add_argument("--match", default="$^", help="regex on compiler|variant|depth|attrs, for --add-runs")
    args = parser.parse_args()

    cache = json.load(open(args.cache)) if os.path.exists(args.cache) else {"results": {}}
    tmp = tempfile.mkdtemp(prefix="klass-bench-compile-")
    try:
        include, version = headers_under_test(tmp, args.include, args.commit)
        if args.drop:
            cache["results"] = {k: v for k, v in cache["results"].items() if not re.search(args.drop, k)}
        if args.add_runs:
            for key, r in cache["results"].items():
                if not re.search(args.match, key) or not r["ok"]:
                    continue
                cxx, variant, depth, attrs = key.split("|")
                source = os.path.join(tmp, "more.cpp")
                with open(source, "w") as f:
                    f.write(generate.render(int(depth), int(attrs), variant))
                flags = r.get("flags", "").split()
                for _ in range(args.add_runs):
                    ok, *sample, error = timed([cxx, *flags, "-std=c++20", "-fsyntax-only", "-I", include, source])
                    if ok:
                        r["samples"].append(sample)
                with open(args.cache, "w") as f:
                    json.dump(cache, f, indent=1)
                print(f"{key}: cpu_min={min(s[1] for s in r['samples']):.2f}s over {len(r['samples'])} runs", flush=True)
        if not args.only_plot:
            if cache.get("version") not in (None, version):
                cache = {"results": {}}
            cache["version"] = version
            for variant, depth, attrs in configurations():
                for cxx in args.compilers.split(","):
                    key = f"{cxx}|{variant}|{depth}|{attrs}"
                    if key in cache["results"]:
                        continue
                    r = measure(cxx, variant, depth, attrs, include, args.runs, tmp)
                    cache["results"][key] = r
                    with open(args.cache, "w") as f:
                        json.dump(cache, f, indent=1)
                    best = min((s[1] for s in r["samples"]), default=float("nan"))
                    print(f"{key}: ok={r['ok']} cpu_min={best:.2f}s samples={r['samples']} "
                          f"default_limits={r['default_limits'][:80]}", flush=True)
        rows = write_csv(cache["results"], os.path.join(HERE, "compile.csv"), cache.get("version", version))
        before_path = os.path.join(HERE, "compile-before.csv")
        before = []
        if os.path.exists(before_path):
            with open(before_path, newline="") as f:
                before = list(csv.DictReader(f))
        plot(rows, os.path.join(HERE, "compile.png"), before)
        print(summary(rows))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def summary(rows):
    index = {(r["compiler"], r["variant"], int(r["depth"]), int(r["attrs_per_class"])): r for r in rows}
    out = ["compiler    depth attrs names | klass cpu s  MB | plain cpu s  MB | ratio cpu  mem"]
    for (cxx, variant, d, a), r in sorted(index.items(), key=lambda kv: (kv[0][0], kv[0][2] * kv[0][3], kv[0][2])):
        if variant != "klass":
            continue
        p = index.get((cxx, "plain", d, a))
        if not p or not r["ok"].startswith("yes") or not p["ok"].startswith("yes"):
            out.append(f"{cxx:<11} {d:5} {a:5} {d * a:5} | {r['ok'][:60]}")
            continue
        kc, km, pc, pm = float(r["cpu_min_s"]), float(r["maxrss_min_mb"]), float(p["cpu_min_s"]), float(p["maxrss_min_mb"])
        out.append(f"{cxx:<11} {d:5} {a:5} {d * a:5} | {kc:11.2f} {km:4.0f} | {pc:11.2f} {pm:4.0f} | "
                   f"{kc / pc:9.1f} {km / pm:4.1f}")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
