#!/usr/bin/env python3
"""The documentation checks prove themselves: doc_blocks.py and
reference_complete.py must fail for each way a page can be wrong, and pass
the pages that are right.

Run as `doc_checks_selftest.py ROOT CXX -- FLAGS`. Each case writes a small
project (its own README.md, docs/, and for the reference check its own
include/klass/ header) in a temporary directory, next to links to the real
tests/, and runs the check on it. The code compiled here does not include
klass, so a case costs a fraction of a second.
"""
import os
import subprocess
import sys
import tempfile

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", "-Wall", "-Werror"]
failures = []

GOOD = "int main() { return 0; }\n"
BROKEN = "int main() { return missing; }\n"
UNUSED = "int main() { int unused = 0; return 0; }\n"   # a warning, so an error under -Werror


def block(code, marker=None):
    return (f"{marker}\n" if marker else "") + "```cpp\n" + code + "```\n\n"


def run_check(script, files):
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(os.path.join(os.path.abspath(root), "tests"), os.path.join(tmp, "tests"))
        for path, text in files.items():
            full = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
        proc = subprocess.run([sys.executable, os.path.join(root, "tests", "check", script), tmp, cxx, "--",
                               *flags, f"-I{tmp}/include"], capture_output=True, text=True,
                              env={k: v for k, v in os.environ.items() if k != "DOC_BLOCKS_ONLY"})
        return proc.returncode, proc.stdout + proc.stderr


def expect(description, script, files, want_pass, want_text=None):
    code, output = run_check(script, files)
    if (code == 0) != want_pass:
        failures.append(f"{description}: {script} returned {code}, expected {'pass' if want_pass else 'failure'}\n{output}")
    elif want_text and want_text not in output:
        failures.append(f"{description}: {script}'s output lacks {want_text!r}\n{output}")
    else:
        print(f"ok: {description}")


# ---- doc_blocks.py ------------------------------------------------------------
expect("complete blocks that compile pass", "doc_blocks.py",
       {"README.md": block(GOOD), "docs/a.md": block(GOOD)}, True)
expect("a block that does not compile fails, named by page and line", "doc_blocks.py",
       {"README.md": "# title\n\n" + block(BROKEN)}, False, "README.md:4")
expect("a block in a nested docs folder is compiled", "doc_blocks.py",
       {"docs/sub/b.md": block(BROKEN)}, False)
expect("a warning fails (the suite's flags)", "doc_blocks.py", {"docs/a.md": block(UNUSED)}, False)
expect("an expected failure that compiles fails", "doc_blocks.py",
       {"docs/a.md": block(GOOD, "<!-- expect-fail: missing -->")}, False)
expect("an expected failure with another text fails", "doc_blocks.py",
       {"docs/a.md": block(BROKEN, "<!-- expect-fail: not the compiler's words -->")}, False)
expect("an expected failure with its text passes", "doc_blocks.py",
       {"docs/a.md": block(BROKEN, "<!-- expect-fail: missing -->")}, True)
expect("an expected failure without a text fails", "doc_blocks.py",
       {"docs/a.md": block(BROKEN, "<!-- expect-fail: -->")}, False)
expect("named fragments are compiled together, in order", "doc_blocks.py",
       {"docs/a.md": block("int twice(int x) { return 2 * x; }\n", "<!-- fragment: ex -->")
        + "text\n\n" + block("int main() { return twice(0); }\n", "<!-- fragment: ex -->")}, True)
expect("a broken named fragment fails", "doc_blocks.py",
       {"docs/a.md": block("int twice(int x) { return 2 * x; }\n", "<!-- fragment: ex -->")
        + block("int main() { return thrice(0); }\n", "<!-- fragment: ex -->")}, False)
expect("fragments of another name are another program", "doc_blocks.py",
       {"docs/a.md": block("int twice(int x) { return 2 * x; }\n", "<!-- fragment: one -->")
        + block("int main() { return twice(0); }\n", "<!-- fragment: two -->")}, False)
expect("a bare fragment is not compiled, and is listed", "doc_blocks.py",
       {"docs/a.md": block(BROKEN, "<!-- fragment -->")}, True, "fragment: docs/a.md:3")
expect("a marker the check does not know fails", "doc_blocks.py",
       {"docs/a.md": block(GOOD, "<!-- fragmnet -->")}, False)
expect("a marker not just above the block does not count", "doc_blocks.py",
       {"docs/a.md": "<!-- fragment -->\n\n" + block(BROKEN)}, False)

# ---- reference_complete.py ----------------------------------------------------
HEADER = """// a public header of the test project
#ifndef KLASS_SELFTEST_HPP
#define KLASS_SELFTEST_HPP
#define KLASS_SELFTEST_LIMIT 3
#define KLASS_DETAIL_HIDDEN 1
namespace klass {
int answer();
template <class T> struct box {};
namespace literals { inline int operator""_n(unsigned long long v) { return static_cast<int>(v); } }
namespace detail { int hidden(); }
}  // namespace klass
#endif
"""


def entry(name, parts=("Signature", "Python", "Example", "Errors")):
    return f"### `{name}`\n\n" + "".join(f"**{p}** ...\n\n" for p in parts)


ALL = ["klass::answer", "klass::box", "klass::literals::operator\"\"_n", "KLASS_SELFTEST_LIMIT"]


def reference(names, page_extra=""):
    return {"include/klass/selftest.hpp": HEADER,
            "docs/reference/a.md": "# Reference\n\n" + "".join(entry(n) for n in names) + page_extra}


expect("a reference with every name passes (detail and include guards left out)", "reference_complete.py",
       reference(ALL), True)
expect("a name without an entry fails, named", "reference_complete.py",
       reference(ALL[1:]), False, "no entry: `klass::answer`")
expect("a macro without an entry fails", "reference_complete.py", reference(ALL[:-1]), False, "KLASS_SELFTEST_LIMIT")
expect("an entry naming nothing fails", "reference_complete.py",
       reference(ALL, entry("klass::gone")), False, "names no public name")
expect("an entry for a detail name fails", "reference_complete.py",
       reference(ALL, entry("klass::detail::hidden")), False)
expect("a name with two entries fails", "reference_complete.py", reference(ALL + ["klass::box"]), False)
expect("an entry without its example fails", "reference_complete.py",
       reference(ALL[1:], entry("klass::answer", ("Signature", "Python", "Errors"))), False, "lacks its Example")

for failure in failures:
    print(f"FAIL: {failure}")
sys.exit(1 if failures else 0)
