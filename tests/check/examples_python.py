#!/usr/bin/env python3
"""Each example has a Python twin (examples/python/NAME.py) and prints what the
twin prints: examples/NAME.expected was written by CPython 3.13 and the example
is compared with it byte for byte; here the twin is run again with the local
`python3` and must still agree. Error messages are worded by the Python version,
so below 3.13 a line `SomeError: ...` is compared by its exception name only.
"""
import os
import re
import subprocess
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
twins = os.path.join(root, "examples", "python")
exact = sys.version_info >= (3, 13)
error_line = re.compile(r"^(\w+(?:Error|Exception)): ")


def comparable(line):
    if exact:
        return line
    m = error_line.match(line)
    return m.group(1) if m else line


failures = 0
names = sorted(f[:-3] for f in os.listdir(twins) if f.endswith(".py"))
# Every example has its twin: what klass prints is what Python prints.
for example in sorted(f[:-4] for f in os.listdir(os.path.join(root, "examples")) if f.endswith(".cpp")):
    if example not in names:
        print(f"FAIL: examples/{example}.cpp has no Python twin examples/python/{example}.py")
        failures += 1
for name in names:
    expected_path = os.path.join(root, "examples", name + ".expected")
    if not os.path.exists(os.path.join(root, "examples", name + ".cpp")) or not os.path.exists(expected_path):
        print(f"FAIL: examples/python/{name}.py has no examples/{name}.cpp and .expected")
        failures += 1
        continue
    out = subprocess.run([sys.executable, os.path.join(twins, name + ".py")], capture_output=True, text=True)
    got = [comparable(l) for l in out.stdout.splitlines()]
    want = [comparable(l) for l in open(expected_path, encoding="utf-8").read().splitlines()]
    if out.returncode != 0 or got != want:
        print(f"FAIL: {name}: python {sys.version.split()[0]} prints something else than examples/{name}.expected")
        print(out.stderr)
        failures += 1
    else:
        print(f"ok: {name} agrees with python {sys.version.split()[0]}")
sys.exit(1 if failures else 0)
