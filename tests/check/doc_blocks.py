#!/usr/bin/env python3
"""Every ```cpp block of README.md and docs/**/*.md compiles as shown.

  python3 tests/check/doc_blocks.py ROOT CXX -- FLAGS

Each block is compiled (-fsyntax-only) with CXX and the project's FLAGS (the
warning flags, -Werror, the include paths), as a translation unit of its own,
unless the line just above its opening ```cpp says otherwise:

  (nothing)                   a complete TU: it must compile cleanly.
  <!-- fragment: NAME -->     part of a named example: the blocks of one page
                              with the same NAME are put together in page order
                              and compiled as one TU, which must compile cleanly.
  <!-- fragment -->           a piece of code that is not compiled; counted and
                              listed, so they stay few and visible.
  <!-- expect-fail: TEXT -->  must fail to compile, with TEXT in the compiler's
                              messages (caret lines off, so the block's own text
                              cannot supply it).

While writing a page, DOC_BLOCKS_ONLY=docs/reference/mro.md (any part of the
page's path) limits the check to the pages whose path contains it.

Each TU starts with `#line` directives naming the page and line, so a compiler
message points into the Markdown file. The TUs are compiled in parallel, one per
core. Exit status 0 when every block is as marked.
"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import time

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", f"-I{root}/include"]
sys.path.insert(0, os.path.join(root, "tests"))
import harness  # noqa: E402  (how the suite finds compiler families and judges failures)

MARKER = re.compile(r"^<!--\s*(fragment|expect-fail)\s*(?::\s*(.*?))?\s*-->\s*$")


def pages(root):
    """README.md and every Markdown page under docs/, sorted, relative to root."""
    found = ["README.md"] if os.path.exists(os.path.join(root, "README.md")) else []
    for dirpath, _, names in os.walk(os.path.join(root, "docs")):
        found += [os.path.relpath(os.path.join(dirpath, n), root) for n in names if n.endswith(".md")]
    return sorted(found)


def blocks(text):
    """[(line of the first code line, marker line or '', code)] for every ```cpp block."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].strip() == "```cpp":
            start = i + 1
            j = start
            while j < len(lines) and lines[j].strip() != "```":
                j += 1
            marker = lines[i - 1].strip() if i > 0 else ""
            out.append((start + 1, marker, "\n".join(lines[start:j]) + "\n"))
            i = j + 1
        else:
            i += 1
    return out


def translation_units(root):
    """(units, fragments, problems): units are (label, kind, expected text, source);
    fragments the bare `<!-- fragment -->` blocks (page:line); problems are
    markers the check cannot read."""
    units, fragments, problems, named = [], [], [], {}
    only = os.environ.get("DOC_BLOCKS_ONLY", "")
    for page in pages(root):
        if only not in page:
            continue
        text = open(os.path.join(root, page), encoding="utf-8").read()
        for line, marker, code in blocks(text):
            where = f"{page}:{line}"
            directive = f'#line {line} "@FILE@"\n'
            m = MARKER.match(marker)
            if marker.startswith("<!--") and not m:
                problems.append(f"{where}: the line above the block is an HTML comment but not a marker "
                                f"this check knows: {marker}")
                m = None
            if not m:
                units.append((where, "complete", None, directive + code))
            elif m.group(1) == "expect-fail":
                if not m.group(2):
                    problems.append(f"{where}: `<!-- expect-fail: TEXT -->` needs the TEXT the compiler must print")
                    continue
                units.append((where, "expect-fail", m.group(2), directive + code))
            elif m.group(2):
                key = (page, m.group(2))
                if key not in named:
                    named[key] = []
                    units.append((key, "named", None, None))  # filled in below, in page order
                named[key].append(directive + code)
            else:
                fragments.append(where)
    resolved = []
    for label, kind, expect, source in units:
        if kind == "named":
            page, name = label
            pieces = named[label]
            resolved.append((f"{page} example '{name}' ({len(pieces)} block{'s' if len(pieces) != 1 else ''})",
                             kind, None, "".join(pieces)))
        else:
            resolved.append((label, kind, expect, source))
    return resolved, fragments, problems


def page_of(label):
    return label.split(":")[0].split(" example ")[0]


def judge(unit, family, tmp, index):
    label, kind, expect, source = unit
    path = os.path.join(tmp, f"block{index}.cpp")
    # `#line N "<this file>"`: the numbers are the page's, the name stays the TU's
    # own (g++ treats code under another name as a header's: -Wsubobject-linkage);
    # the page's name is put back in the messages.
    with open(path, "w", encoding="utf-8") as f:
        f.write(source.replace("@FILE@", path))
    extra = [harness.no_caret_flag(family)] if kind == "expect-fail" else []
    code, output, cmd = harness.compile_only(cxx, flags + extra, path)
    output = output.replace(path, page_of(label))
    if kind == "expect-fail":
        if code == 0:
            return f"FAIL: {label}: compiles, but is marked to fail with {expect!r}"
        if expect not in output:
            return f"FAIL: {label}: fails, but without {expect!r} in the messages:\n{output}"
        return None
    if code != 0:
        return f"FAIL: {label}: does not compile\n  {' '.join(cmd)}\n{output}"
    return None


def main():
    start = time.monotonic()
    family = harness.compiler_family(cxx)
    units, fragments, problems = translation_units(root)
    failures = list(problems)
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda iu: judge(iu[1], family, tmp, iu[0]), enumerate(units)))
    failures += [r for r in results if r]
    kinds = [k for _, k, _, _ in units]
    print(f"{kinds.count('complete')} complete blocks, {kinds.count('named')} named examples, "
          f"{kinds.count('expect-fail')} expected failures compiled with {cxx} "
          f"[{time.monotonic() - start:.1f} s]; {len(fragments)} bare fragments not compiled"
          + (":" if fragments else ""))
    for where in fragments:
        print(f"  fragment: {where}")
    for failure in failures:
        print(failure)
    if failures:
        print(f"FAIL: {len(failures)} block(s) not as marked")
        return 1
    print("ok: every C++ block of README.md and docs/ is as marked")
    return 0


sys.exit(main())
