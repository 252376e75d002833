#!/usr/bin/env python3
"""The README's first C++ block is examples/mro.cpp, byte for byte (minus the
example's opening comment line), so the code a newcomer reads is code that is
compiled, run and output-checked."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
block = re.search(r"```cpp\n(.*?)```", readme, re.S).group(1)
example = open(os.path.join(root, "examples/mro.cpp"), encoding="utf-8").read()
example_body = example.split("\n", 1)[1] if example.startswith("//") else example
if block != example_body:
    import difflib
    print("FAIL: the README's example differs from examples/mro.cpp")
    print("\n".join(difflib.unified_diff(example_body.splitlines(), block.splitlines(), "examples/mro.cpp", "README.md", lineterm="")))
    sys.exit(1)
print("ok: the README's example is examples/mro.cpp")
