#!/usr/bin/env python3
"""No example, doc or test reaches into klass's internals, except the tests of internals.

Run as `no_detail_in_public.py ROOT [CXX -- FLAGS]` (the compiler is not used).
Users have public names for everything they need; an example, a page of the
documentation or an ordinary test that names `klass::detail` (or
`klass::runtime::detail`, or `detail::` after an alias) shows that a public name
is missing. The files that test internals on purpose are listed below, each with
what it tests. In Markdown, only prose and ```cpp blocks count: other fenced
blocks quote compiler output, which names klass's internals by nature.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Tests of internals: (path, what internal it tests).
INTERNAL = {
    "tests/static/large_namespace.cpp": "the instance layout and lookup tables of 1600 names (type_lookup.hpp)",
    "tests/gen/large_namespace.py": "generates tests/static/large_namespace.cpp",
    "tests/gen/diagnostics_gallery.py": "reads the compiler's messages, which name klass's internal types",
    "tests/run/runtime_registry.cpp": "the registry's internal name table",
    "tests/static/type_lookup.cpp": "type_lookup.hpp: which class defines a name, its kind, the instance slots",
    "tests/static/class_dict.cpp": "class_dict.hpp: the namespace a class is created with",
    "tests/headers/klass/special_names.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/class_dict.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/type_lookup.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/class_attributes.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/binding.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/suggestions.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/polymorphism/interface.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/polymorphism/name_index.cpp": "uses of an internal header (no public names)",
    "tests/headers/klass/polymorphism/table.cpp": "uses of an internal header (no public names)",
    "tests/check/harness_selftest.py": "quotes a compiler's message (clang 16's form), which names klass's internal types",
    "tests/check/no_detail_in_public.py": "this check",
    "tests/check/doc_checks_selftest.py": "a made-up reference entry naming a detail name, which the reference check must refuse",
    "docs/design.md": "the page on how klass is built: it names the internals on purpose",
}
PATTERN = re.compile(r"\bklass::(?:runtime::)?detail\b|(?<![\w:])detail::")
SOURCES = (".cpp", ".hpp", ".py", ".h")


def markdown_counted(text):
    """Prose and ```cpp blocks, with other fenced blocks blanked (line numbers kept)."""
    out, fence = [], None
    for line in text.splitlines():
        m = re.match(r"^\s*(```+|~~~+)(\w*)", line)
        if fence is None and m:
            fence = (m.group(1), m.group(2))
            out.append(line)
        elif fence is not None and line.strip().startswith(fence[0]):
            fence = None
            out.append(line)
        else:
            out.append(line if fence is None or fence[1] in ("cpp", "c++") else "")
    return out


def scanned():
    yield "README.md"
    for folder, suffixes in (("docs", (".md",)), ("examples", SOURCES), ("tests", SOURCES)):
        for dirpath, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith(suffixes):
                    yield os.path.relpath(os.path.join(dirpath, name), root)


found = []
for path in sorted(scanned()):
    if path in INTERNAL:
        continue
    text = open(os.path.join(root, path), encoding="utf-8").read()
    lines = markdown_counted(text) if path.endswith(".md") else text.splitlines()
    for number, line in enumerate(lines, 1):
        if PATTERN.search(line):
            found.append(f"{path}:{number}: {line.strip()[:100]}")
missing = [p for p in INTERNAL if not os.path.exists(os.path.join(root, p))]
for p in missing:
    found.append(f"{p}: listed as a test of internals but does not exist; remove it from the list")
if found:
    print("FAIL: these name klass's internals; use (or add) a public name, or list a test of internals:")
    print("\n".join("  " + f for f in found))
    sys.exit(1)
print(f"ok: no example, doc or test outside the {len(INTERNAL) - 1} listed files about internals names klass::detail")
