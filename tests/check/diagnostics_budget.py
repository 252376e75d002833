#!/usr/bin/env python3
"""The diagnostics budget: a misuse is reported briefly and in Python's words.

  python3 tests/check/diagnostics_budget.py ROOT CXX -- FLAGS

Every compile-fail case in tests/fail is compiled with CXX and FLAGS the way
tests/harness.py judges it (-DKLASS_EXPECT_FAIL, no caret lines), and

  (a) its FIRST `error:` line holds every text the case expects on this
      compiler (`// expect:` and `// expect-gcc:` / `// expect-clang:`): the
      Python error is what a reader sees first, not somewhere in a cascade;
  (b) the whole diagnostic is under BUDGET lines (include stack, instantiation
      chain and notes included), on every compiler;
  (c) on the g++ 12 configuration, with clang++-14 also on PATH, the committed
      docs/diagnostics.md is what tests/gen/diagnostics_gallery.py writes now
      (g++ 12's diagnostics are those of (a) and (b), clang 14's are compiled
      here); on any other configuration (c) is skipped, saying why.

A case over budget fails the check: shorten the diagnostic (fewer layers
between the user's call and the raise, an earlier check), never the budget.
"""
import difflib
import importlib.util
import os
import sys
import time

BUDGET = 30  # lines of one whole diagnostic; a case must stay under it

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", f"-I{root}/include"]
sys.path.insert(0, os.path.join(root, "tests"))
import harness  # noqa: E402

spec = importlib.util.spec_from_file_location("diagnostics_gallery", os.path.join(root, "tests/gen/diagnostics_gallery.py"))
gallery = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gallery)

start = time.monotonic()
family = harness.compiler_family(cxx)
major = gallery.major_version(cxx)
label = f"{'g++' if family == 'gcc' else 'clang'} {major}"
env = gallery.compiler_env()
failures = []
outputs = {}
rows = []
for name in harness.files("fail", root):
    source = os.path.join(root, "tests", "fail", name)
    text = open(source, encoding="utf-8").read()
    expects, _, problem = harness.expectations(text, family)
    code, output, cmd = harness.fail_diagnostic(cxx, flags, source, family, env=env)
    outputs[name] = gallery.normalise(output, root)
    lines = len(output.splitlines())
    errors = harness.error_lines(output)
    first = errors[0] if errors else ""
    missing = [want for want in expects if want not in first]
    ok_words = code != 0 and not problem and not missing
    ok_budget = lines < BUDGET
    if problem:
        failures.append(f"{name}: {problem}")
    elif code == 0:
        failures.append(f"{name}: compiles with -DKLASS_EXPECT_FAIL\n  {' '.join(cmd)}")
    elif missing:
        failures.append(f"{name}: the first `error:` line does not hold {missing!r}\n  first error line: {first}")
    if not ok_budget:
        failures.append(f"{name}: {lines} lines of diagnostic on {label}, the budget is under {BUDGET}")
    rows.append((name[:-len(".cpp")], lines, ok_words, ok_budget))

width = max(len(r[0]) for r in rows)
print(f"{'case':<{width}}  lines  first error in Python's words  under {BUDGET} lines  ({label}: {cxx})")
for stem, lines, ok_words, ok_budget in rows:
    print(f"{stem:<{width}}  {lines:5d}  {'ok' if ok_words else 'FAIL':<29}  {'ok' if ok_budget else 'FAIL'}")
longest = max(rows, key=lambda r: r[1])
print(f"{len(rows)} cases on {label}: at most {longest[1]} lines ({longest[0]}), budget under {BUDGET}")

# (c) the gallery is not stale
page = os.path.join(root, gallery.OUTPUT)
if family != "gcc" or major != gallery.GCC_MAJOR:
    print(f"skip (c): docs/diagnostics.md shows g++ {gallery.GCC_MAJOR} and clang {gallery.CLANG_MAJOR}; "
          f"it is compared on the g++ {gallery.GCC_MAJOR} configuration, this is {label}")
elif not gallery.find_clang():
    print(f"skip (c): docs/diagnostics.md also shows clang {gallery.CLANG_MAJOR}, and no clang++-{gallery.CLANG_MAJOR} is on PATH")
else:
    clang = gallery.find_clang()
    names = gallery.cases(root)
    fresh = gallery.render(root, names, {n: outputs[n] for n in names}, gallery.diagnose(clang, flags, root, names))
    committed = open(page, encoding="utf-8", newline="").read() if os.path.exists(page) else ""
    if fresh == committed:
        print(f"ok (c): docs/diagnostics.md is what the gallery writes with {cxx} and {clang}")
    else:
        diff = list(difflib.unified_diff(committed.splitlines(), fresh.splitlines(),
                                         "docs/diagnostics.md (committed)", "gallery output", lineterm="", n=1))
        print("\n".join(diff[:60]) + (f"\n... {len(diff) - 60} more diff lines" if len(diff) > 60 else ""))
        failures.append("docs/diagnostics.md is stale; regenerate with\n"
                        f"  python3 tests/gen/diagnostics_gallery.py {gallery.OUTPUT}")

print(f"[{time.monotonic() - start:.1f} s]")
if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print(f"ok: every diagnostic opens with Python's words and stays under {BUDGET} lines on {label}")
