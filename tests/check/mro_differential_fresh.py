#!/usr/bin/env python3
"""tests/static/mro_differential.cpp is what tests/gen/mro_differential.py
writes today: the generator is rerun with the plain `python3` (so CPython
decides the expectations again) into a temporary file, which must equal the
committed TU byte for byte.

  python3 tests/check/mro_differential_fresh.py ROOT [ignored arguments]

On a difference, regenerate with
  python3 tests/gen/mro_differential.py tests/static/mro_differential.cpp
after checking that the change is wanted (a changed expectation means klass and
CPython are no longer compared on the same facts)."""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
generator = os.path.join(root, "tests/gen/mro_differential.py")
committed_path = os.path.join(root, "tests/static/mro_differential.cpp")
python = shutil.which("python3") or sys.executable

with tempfile.TemporaryDirectory() as tmp:
    fresh_path = os.path.join(tmp, "mro_differential.cpp")
    proc = subprocess.run([python, generator, fresh_path], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"FAIL: {python} {generator} exited with {proc.returncode}\n{proc.stdout}{proc.stderr}")
        sys.exit(1)
    with open(fresh_path, encoding="utf-8", newline="") as f:
        fresh = f.read()

if not os.path.exists(committed_path):
    print(f"FAIL: {committed_path} is missing; generate it with\n  python3 tests/gen/mro_differential.py tests/static/mro_differential.cpp")
    sys.exit(1)
with open(committed_path, encoding="utf-8", newline="") as f:
    committed = f.read()

version = subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()
if fresh == committed:
    print(f"ok: tests/static/mro_differential.cpp is what the generator writes under {version}")
    sys.exit(0)

diff = list(difflib.unified_diff(committed.splitlines(), fresh.splitlines(),
                                 "tests/static/mro_differential.cpp (committed)",
                                 f"generator output ({version})", lineterm="", n=1))
removed = sum(1 for l in diff if l.startswith("-") and not l.startswith("---"))
added = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
print(f"FAIL: tests/static/mro_differential.cpp is stale under {version}: "
      f"{removed} line(s) only in the committed file, {added} only in the generator's output")
limit = 60
print("\n".join(diff[:limit]))
if len(diff) > limit:
    print(f"... {len(diff) - limit} more diff lines")
print("regenerate with: python3 tests/gen/mro_differential.py tests/static/mro_differential.cpp")
sys.exit(1)
