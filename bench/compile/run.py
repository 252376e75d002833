#!/usr/bin/env python3
"""Compile cost of klass against the plain C++ it replaces (issue 15).

  run.py [--compilers g++-12,clang++-14] [--workloads a,b,...] [--runs 3]
         [--include DIR | --commit REV] [--plot-only] [--trace] [--out DIR]

Every workload of generate.py is compiled in two variants, klass and its
reference (plain C++ or the header klass is held against), with
`-std=c++20 -fsyntax-only -w`. The CPU time of the compiler process
(user + sys, from os.wait4) and its peak RSS (ru_maxrss) are recorded. The two
variants of a workload run one after the other, and the whole list of
(workload, compiler) pairs is run --runs times in turn (interleaved), so that
the load of a shared machine weighs on klass and on its reference alike; the
minimum over the runs is kept for each figure.

Writes DIR/results.csv (one row per compiler, workload, variant: the minimum
CPU time and peak memory, and every sample), DIR/compile_cost.png (klass /
reference per workload, time and memory, against the targets), DIR/table.md
(the table of the README: each figure beside its target) and prints the table.

--trace compiles the klass variants of the largest workloads once more with
clang -ftime-trace and g++ -ftime-report and writes their breakdowns
(summarized: the totals per kind of event and the longest events) to
DIR/trace/. Nothing here is part of the test suite.
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
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "attributes"))
from headers import headers_under_test  # noqa: E402

FIELDS = ["compiler", "workload", "variant", "status", "cpu_s", "peak_mib", "wall_s", "runs", "cpu_samples",
          "peak_samples", "klass"]
FLAGS = ["-std=c++20", "-fsyntax-only", "-w"]


def compile_once(cxx, source, include, timeout, extra=()):
    """(status, cpu s, peak MiB, wall s) of one compile: the compiler's own rusage."""
    cmd = [cxx, *FLAGS, *extra, "-I", include, source]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 on the child gives its rusage alone (clang and g++ run cc1/cc1plus as a
    # child of the driver; wait4 reports the driver, whose ru_* include the children
    # it waited for).
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return "timeout", None, None, None
        time.sleep(0.005)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.stderr.write(err[-3000:])
        return "failed", None, None, wall
    return "ok", usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall


def run(args, include):
    work = tempfile.mkdtemp(prefix="klass-bench-compile-")
    samples = {}  # (cxx, workload, variant) -> list of (status, cpu, peak, wall)
    try:
        sources = {}
        for w in args.workloads:
            for v in generate.VARIANTS:
                path = os.path.join(work, f"{w}-{v}.cpp")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(generate.render(w, v))
                sources[w, v] = path
        for r in range(args.runs):
            for w in args.workloads:
                for cxx in args.compilers:
                    # the order of the two variants alternates from one run to the next
                    order = generate.VARIANTS if r % 2 == 0 else tuple(reversed(generate.VARIANTS))
                    for v in order:
                        key = (cxx, w, v)
                        if any(s[0] != "ok" for s in samples.get(key, [])):
                            continue
                        result = compile_once(cxx, sources[w, v], include, args.timeout)
                        samples.setdefault(key, []).append(result)
                        cpu = f"{result[1]:6.2f} s" if result[1] is not None else result[0]
                        peak = f"{result[2]:6.0f} MiB" if result[2] is not None else ""
                        print(f"run {r + 1}/{args.runs} {cxx:11} {w:17} {v:9} {cpu} {peak}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return samples


def rows_of(samples, version):
    rows = []
    for (cxx, w, v), ss in samples.items():
        ok = [s for s in ss if s[0] == "ok"]
        status = "ok" if len(ok) == len(ss) else next(s[0] for s in ss if s[0] != "ok")
        rows.append({
            "compiler": cxx, "workload": w, "variant": v, "status": status,
            "cpu_s": f"{min(s[1] for s in ok):.3f}" if ok else "",
            "peak_mib": f"{min(s[2] for s in ok):.1f}" if ok else "",
            "wall_s": f"{min(s[3] for s in ok):.3f}" if ok else "",
            "runs": len(ok),
            "cpu_samples": " ".join(f"{s[1]:.3f}" for s in ok),
            "peak_samples": " ".join(f"{s[2]:.1f}" for s in ok),
            "klass": version,
        })
    return rows


def load(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def figures(rows):
    """(workload, compiler) -> dict of klass/reference cpu and memory, ratios, verdicts."""
    index = {(r["compiler"], r["workload"], r["variant"]): r for r in rows}
    out = {}
    compilers = list(dict.fromkeys(r["compiler"] for r in rows))
    for w, (what, (kind, bound)) in generate.WORKLOADS.items():
        for cxx in compilers:
            k, ref = index.get((cxx, w, "klass")), index.get((cxx, w, "reference"))
            if not k or not ref:
                continue
            if k["status"] != "ok" or ref["status"] != "ok":
                out[w, cxx] = {"status": f"klass {k['status']}, reference {ref['status']}"}
                continue
            kc, km, rc, rm = float(k["cpu_s"]), float(k["peak_mib"]), float(ref["cpu_s"]), float(ref["peak_mib"])
            f = {"status": "ok", "klass_cpu": kc, "klass_mib": km, "ref_cpu": rc, "ref_mib": rm,
                 "time_ratio": kc / rc, "mem_ratio": km / rm}
            if kind == "ratio":
                f["time_met"] = kc <= bound * rc
                f["time_by"] = f"{kc / rc / bound:.2f}x the target" if not f["time_met"] else ""
            elif kind == "plus":
                f["time_met"] = kc <= rc + bound
                f["time_by"] = f"+{kc - rc - bound:.2f} s" if not f["time_met"] else ""
            else:
                f["time_met"] = kc < bound
                f["time_by"] = f"+{kc - bound:.2f} s" if not f["time_met"] else ""
            f["mem_met"] = km <= generate.MEMORY_RATIO * rm or kind == "plus"
            out[w, cxx] = f
    return out


def target_text(kind, bound):
    return {"ratio": f"<= {bound:g}x", "plus": f"<= reference + {bound:g} s", "absolute": f"< {bound:g} s"}[kind]


def table(rows):
    figs = figures(rows)
    lines = ["| workload | compiler | klass: CPU s / MiB | reference: CPU s / MiB | klass - reference | "
             "time: klass / reference | target | memory: klass / reference (target <= 2x) |",
             "|---|---|---|---|---|---|---|---|"]
    for w, (what, (kind, bound)) in generate.WORKLOADS.items():
        for cxx in dict.fromkeys(r["compiler"] for r in rows):
            f = figs.get((w, cxx))
            if f is None:
                continue
            if f["status"] != "ok":
                lines.append(f"| `{w}` | {cxx} | {f['status']} | | | | | |")
                continue
            if kind == "plus":
                tfig = f"+{f['klass_cpu'] - f['ref_cpu']:.2f} s"
            elif kind == "absolute":
                tfig = f"{f['klass_cpu']:.2f} s ({f['time_ratio']:.1f}x)"
            else:
                tfig = f"{f['time_ratio']:.2f}x"
            verdict = "met" if f["time_met"] else f"**missed** ({f['time_by']})"
            mem = f"{f['mem_ratio']:.2f}x" + ("" if kind == "plus" else (" met" if f["mem_met"] else " **missed**"))
            lines.append(f"| `{w}` | {cxx} | {f['klass_cpu']:.2f} / {f['klass_mib']:.0f} | "
                         f"{f['ref_cpu']:.2f} / {f['ref_mib']:.0f} | +{f['klass_cpu'] - f['ref_cpu']:.2f} s, "
                         f"+{f['klass_mib'] - f['ref_mib']:.0f} MiB | {tfig} | {target_text(kind, bound)}: {verdict} "
                         f"| {mem} |")
    return "\n".join(lines) + "\n"


def plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figs = figures(rows)
    compilers = list(dict.fromkeys(r["compiler"] for r in rows))
    workloads = [w for w in generate.WORKLOADS if any((w, c) in figs and figs[w, c]["status"] == "ok"
                                                      for c in compilers)]
    fig, axes = plt.subplots(1, 2, figsize=(13, 5.5))
    width = 0.8 / max(1, len(compilers))
    colors = ["tab:blue", "tab:red", "tab:green", "tab:purple"]
    for ax, key, title in ((axes[0], "time", "CPU time"), (axes[1], "mem", "peak memory")):
        for ci, cxx in enumerate(compilers):
            xs, ys = [], []
            for wi, w in enumerate(workloads):
                f = figs.get((w, cxx))
                if not f or f["status"] != "ok":
                    continue
                xs.append(wi + (ci - (len(compilers) - 1) / 2) * width)
                ys.append(f["time_ratio"] if key == "time" else f["mem_ratio"])
            ax.bar(xs, ys, width, color=colors[ci % len(colors)], label=cxx)
        for wi, w in enumerate(workloads):
            kind, bound = generate.WORKLOADS[w][1]
            if key == "mem":
                if kind != "plus":
                    ax.hlines(generate.MEMORY_RATIO, wi - 0.45, wi + 0.45, colors="k", linestyles="--")
            elif kind == "ratio":
                ax.hlines(bound, wi - 0.45, wi + 0.45, colors="k", linestyles="--")
            else:  # the bound in time is absolute or additive: draw it as a ratio to the reference
                for ci, cxx in enumerate(compilers):
                    f = figs.get((w, cxx))
                    if f and f["status"] == "ok":
                        limit = (f["ref_cpu"] + bound if kind == "plus" else bound) / f["ref_cpu"]
                        x = wi + (ci - (len(compilers) - 1) / 2) * width
                        ax.hlines(limit, x - width / 2, x + width / 2, colors="k", linestyles="--")
        ax.set_xticks(range(len(workloads)))
        ax.set_xticklabels(workloads, rotation=35, ha="right", fontsize=8)
        ax.set_yscale("log")
        ax.set_ylabel(f"klass / reference, {title}")
        ax.set_title(f"{title} (dashed: the target)")
        ax.grid(True, axis="y", which="both", alpha=0.3)
        ax.legend(fontsize=8)
    version = rows[0].get("klass", "") if rows else ""
    fig.suptitle(f"klass compile cost against the plain C++ it replaces ({version}; -fsyntax-only, min of runs)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"wrote {path}")


# The workloads whose breakdown is committed (the largest remaining costs).
TRACED = ("mro_lattice_200", "program_20", "attributes_20x50", "header_runtime")


def summarize_time_trace(path, top=25):
    """Totals per kind of event, and the longest events with their detail."""
    with open(path) as f:
        events = json.load(f)["traceEvents"]
    totals = {e["name"][len("Total "):]: round(e["dur"] / 1000, 1) for e in events
              if e.get("name", "").startswith("Total ") and e.get("ph") == "X"}
    spans = [e for e in events if e.get("ph") == "X" and not e["name"].startswith("Total ")
             and e["name"] not in ("ExecuteCompiler", "Frontend", "Backend")]
    spans.sort(key=lambda e: -e["dur"])
    longest = [{"ms": round(e["dur"] / 1000, 1), "event": e["name"],
                "detail": e.get("args", {}).get("detail", "")[:200]} for e in spans[:top]]
    # The same per kind of detail with template arguments taken out: what costs in aggregate.
    grouped = {}
    for e in spans:
        detail = e.get("args", {}).get("detail", "")
        stem = re.sub(r"<.*", "<...>", detail)
        key = f"{e['name']}: {stem}"
        grouped.setdefault(key, [0, 0])
        grouped[key][0] += e["dur"]
        grouped[key][1] += 1
    # nested events overlap, so these sums are inclusive of what they contain
    by_stem = sorted(grouped.items(), key=lambda kv: -kv[1][0])[:top]
    return {"totals_ms": dict(sorted(totals.items(), key=lambda kv: -kv[1])),
            "by_template_inclusive_ms": [{"ms": round(d / 1000, 1), "count": n, "what": k} for k, (d, n) in by_stem],
            "longest_events": longest}


def trace(args, include, out):
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="klass-bench-trace-")
    try:
        for w in args.trace_workloads:
            src = os.path.join(work, f"{w}.cpp")
            with open(src, "w", encoding="utf-8") as f:
                f.write(generate.render(w, "klass"))
            clang = next((c for c in args.compilers if "clang" in c), "clang++-14")
            obj = os.path.join(work, f"{w}.o")
            subprocess.run([clang, "-std=c++20", "-w", "-c", "-ftime-trace", "-ftime-trace-granularity=200",
                            "-I", include, src, "-o", obj], check=True)
            summary = json.loads(re.sub(r"/tmp/klass-bench-[a-z]+-\w+/", "", json.dumps(summarize_time_trace(os.path.join(work, f"{w}.json")))))
            summary["workload"], summary["compiler"] = w, clang
            summary["note"] = ("clang -ftime-trace of the klass variant (-c, -O0), summarized by bench/compile/run.py "
                               "--trace; totals_ms are clang's own per-kind totals; by_template groups events by "
                               "the name of what is instantiated (inclusive of nested events)")
            with open(os.path.join(out, f"{w}.{clang}.json"), "w") as f:
                json.dump(summary, f, indent=1)
            gcc = next((c for c in args.compilers if "g++" in c), "g++-12")
            p = subprocess.run([gcc, *FLAGS, "-ftime-report", "-I", include, src], capture_output=True, text=True)
            report = [re.sub(r"/tmp/klass-bench-\w+-\w+/", "", line) for line in p.stderr.splitlines() if line.strip()]
            ice = [line for line in report if "internal compiler error" in line]
            if ice:  # g++ 12's -ftime-report breaks on a `new` in constant evaluation
                report = ["no report: g++ stopped with an internal compiler error under -ftime-report "
                          "(its timers nest wrongly around a `new` in a constant evaluation, "
                          "type_lookup.hpp's namespace table); without -ftime-report the unit compiles.",
                          ice[0]]
            # keep the header and the phases of at least 1 % of the time
            kept = [l for l in report if not re.match(r"^\s\S.*:\s+\d", l)
                    or re.search(r"\(\s*([1-9]\d*)%\)", l)]
            with open(os.path.join(out, f"{w}.{gcc}.txt"), "w") as f:
                f.write(f"# {gcc} -ftime-report of the klass variant of {w} (-fsyntax-only); "
                        "phases under 1 % of the time left out\n")
                f.write("\n".join(kept) + "\n")
            print(f"traced {w}: {clang}, {gcc}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compilers", default="g++-12,clang++-14")
    parser.add_argument("--workloads", default=",".join(generate.WORKLOADS))
    parser.add_argument("--runs", type=int, default=3, help="runs of every pair, the minimum is kept")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per compile")
    parser.add_argument("--include", help="klass include directory (default: include/ of --commit)")
    parser.add_argument("--commit", default="HEAD", help="the commit whose include/ is measured (default HEAD)")
    parser.add_argument("--worktree", action="store_true", help="measure the work tree's include/ (uncommitted)")
    parser.add_argument("--out", default=HERE)
    parser.add_argument("--update", action="store_true",
                        help="replace only the measured rows of an existing results.csv, keep the others")
    parser.add_argument("--plot-only", action="store_true", help="redraw from the existing results.csv")
    parser.add_argument("--trace", action="store_true", help="also write the -ftime-trace / -ftime-report breakdowns")
    parser.add_argument("--trace-only", action="store_true")
    parser.add_argument("--trace-workloads", default=",".join(TRACED))
    args = parser.parse_args(argv)
    args.compilers = [c for c in args.compilers.split(",") if shutil.which(c)]
    args.workloads = args.workloads.split(",")
    args.trace_workloads = args.trace_workloads.split(",")
    csv_path = os.path.join(args.out, "results.csv")
    tmp = tempfile.mkdtemp(prefix="klass-bench-headers-")
    try:
        include, version = headers_under_test(tmp, os.path.join(ROOT, "include") if args.worktree else args.include,
                                              args.commit)
        if not args.plot_only and not args.trace_only:
            rows = rows_of(run(args, include), version)
            if args.update and os.path.exists(csv_path):
                measured = {(r["compiler"], r["workload"], r["variant"]) for r in rows}
                rows = [r for r in load(csv_path) if (r["compiler"], r["workload"], r["variant"]) not in measured] + rows
            order = {w: i for i, w in enumerate(generate.WORKLOADS)}
            rows.sort(key=lambda r: (order.get(r["workload"], 99), r["compiler"], r["variant"]))
            with open(csv_path, "w", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
            print(f"wrote {csv_path}")
        if args.trace or args.trace_only:
            trace(args, include, os.path.join(args.out, "trace"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if os.path.exists(csv_path):
        rows = load(csv_path)
        text = table(rows)
        with open(os.path.join(args.out, "table.md"), "w") as f:
            f.write(text)
        print(text)
        plot(rows, os.path.join(args.out, "compile_cost.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
