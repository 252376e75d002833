#!/usr/bin/env python3
"""docs/diagnostics.md is what tests/gen/diagnostics_gallery.py writes now.

  python3 tests/check/diagnostics_gallery_current.py ROOT CXX -- FLAGS

The page shows what g++ 12, clang 14, clang 16 and clang 19 print for every
compile-fail case (and its result-used variant), so it is compared on the g++ 12
configuration when the three clangs are also on PATH; on any other configuration
the check says why it is skipped and passes. The page records a digest of its
inputs (the cases, klass's headers, the generator, the harness, the compilers'
versions): if it is the current digest, the page is what the generator writes
now and nothing is compiled. Otherwise every case is compiled again, in parallel
(one per core), and the page must equal what the compilers print (its digest
line aside).

The budget itself (Python's words on the first `error:` line, the whole
diagnostic under 30 lines) is checked per case, on every compiler, by
`tests/harness.py compile-fail` — each `fail.*` test.
"""
import difflib
import importlib.util
import os
import sys
import time

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
page = os.path.join(root, gallery.OUTPUT)
if family != "gcc" or major != gallery.GCC_MAJOR:
    print(f"skip: docs/diagnostics.md is compared on the g++ {gallery.GCC_MAJOR} configuration; this is {family} {major}")
    sys.exit(0)
compilers = gallery.find_all()
missing = [label for label, found in compilers if not found]
if missing:
    print(f"skip: docs/diagnostics.md also shows {', '.join(missing)}, not on PATH here")
    sys.exit(0)
committed = open(page, encoding="utf-8", newline="").read() if os.path.exists(page) else ""
# The page records the digest of what it was written from (the cases, klass's
# headers, the generator, the harness, the compilers' versions): when it is the
# current one, the page is what the generator writes now, with nothing compiled.
recorded = gallery.INPUTS_LINE.search(committed)
current = gallery.inputs_digest(root)
if recorded and recorded.group(1) == current:
    print(f"ok: docs/diagnostics.md was written from the current inputs (digest {current}), "
          f"with {', '.join(c for _, c in compilers)} [{time.monotonic() - start:.1f} s]")
    sys.exit(0)
print(f"the inputs changed since docs/diagnostics.md was written ({recorded.group(1) if recorded else 'no digest'} "
      f"-> {current}): compiling every case to compare")
names = gallery.cases(root)
outputs = gallery.diagnose_all([found for _, found in compilers], flags, root, names)
fresh = gallery.render(root, names, outputs)
print(f"[{time.monotonic() - start:.1f} s]")
if gallery.INPUTS_LINE.sub("", fresh) == gallery.INPUTS_LINE.sub("", committed):
    print(f"ok: docs/diagnostics.md is what the gallery writes with {', '.join(c for _, c in compilers)} "
          "(only its recorded digest is old; regenerating the page refreshes it)")
    sys.exit(0)
diff = list(difflib.unified_diff(committed.splitlines(), fresh.splitlines(),
                                 "docs/diagnostics.md (committed)", "gallery output", lineterm="", n=1))
print("\n".join(diff[:60]) + (f"\n... {len(diff) - 60} more diff lines" if len(diff) > 60 else ""))
print("FAIL: docs/diagnostics.md is stale; regenerate with\n"
      f"  python3 tests/gen/diagnostics_gallery.py {gallery.OUTPUT}")
sys.exit(1)
