#!/usr/bin/env python3
"""The diagnostics gallery: what g++ 12, clang 14, clang 16 and clang 19 print for every misuse.

For every compile-fail case in tests/fail (but the harness's own probe, which
tests the harness and not klass), compiles it the way tests/harness.py judges
it (its functions, its flags: -DKLASS_EXPECT_FAIL, no caret lines), and its
variant whose refused result is used (-DKLASS_RESULT_USED), with g++ 12,
clang++-14, clang++-16 (C++20) and clang++-19 (C++26: Python's sentence as the
static_assert message), and writes a Markdown page: per area (mro_, attr_, ...)
a section per case with the Python error, the case's own description (its
leading comment), the code that fails (the case without its expect-comments and
without its passing twin), the lines its result-used variant adds, and the
first lines of each compiler's diagnostic.

Regenerate (and commit the result) after adding a case, changing a message or
changing this script:

  python3 tests/gen/diagnostics_gallery.py docs/diagnostics.md

The compilers are found on PATH (g++-12 or g++ if it is version 12, clang++-14,
clang++-16, clang++-19); flags after `--` replace the default
`-std=c++20 -Wall -Wextra -Wpedantic -Werror -I<root>/include` (each compiler's
-std is its own: c++2c for clang 19).

tests/check/diagnostics_gallery_current.py regenerates the page on the g++ 12
configuration and fails if the committed file differs. The page depends only on
the compilers' words: the repository's absolute path is cut from every path,
and compilers run with LC_ALL=C.UTF-8 (the locale decides g++'s quote marks).
"""
import concurrent.futures
import hashlib
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import harness  # noqa: E402  (tests/harness.py: how a compile-fail case is compiled and judged)

OUTPUT = "docs/diagnostics.md"
PROBE = "harness_probe.cpp"  # the harness's self-test, not a misuse of klass
GCC_MAJOR = 12
# The compilers the page shows, in its column order: (label, family, major, -std).
# The first is g++, whose messages spell out the Python error the page quotes.
COMPILERS = [
    (f"g++ {GCC_MAJOR}", "gcc", GCC_MAJOR, "c++20"),
    ("clang 14", "clang", 14, "c++20"),
    ("clang 16", "clang", 16, "c++20"),
    ("clang 19 (C++26)", "clang", 19, "c++2c"),
]
EXCERPT_LINES = 8   # lines of a diagnostic shown, after the include stack
LINE_WIDTH = 160    # a shown line is cut here (the error line never)
AREAS = [
    ("mro", "The method resolution order"),
    ("attr", "Attributes of instances and classes"),
    ("create", "Creating instances: `__new__` and `__init__`"),
    ("call", "Calling functions and methods"),
    ("abc", "Abstract base classes"),
    ("metaclass", "Metaclasses"),
    ("super", "`super()`"),
    ("dict", "Class dicts"),
    ("class", "Class objects"),
    ("datamodel", "The data model: operators and protocols"),
    ("runtime", "The runtime layer"),
    ("poly", "Polymorphism: base-typed handles"),
]
EXPECT_LINE = re.compile(r"^[ \t]*//[ \t]*(expect(?:-python|-(?:gcc|clang)(?:\d+\+?)?)?|errors):")
INCLUDE_STACK = re.compile(r"^(In file included from |\s+from )")
RAISED = re.compile(r"klass::(\w+)<klass::detail::fixed_string<\d+>\{\"(.*?)(?<!\\)\"\}>")


def default_flags(root):
    return ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", f"-I{root}/include"]


def with_standard(flags, std):
    """The flags with the compiler's own -std."""
    return [f"-std={std}" if f.startswith("-std=") else f for f in flags]


def compiler_env():
    """The compilers' environment: a fixed locale, so g++'s quotes (‘’ or '') and
    any translated message do not depend on who runs the script."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    return env


def major_version(cxx):
    out = subprocess.run([cxx, "-dumpversion"], capture_output=True, text=True).stdout.strip()
    m = re.match(r"(\d+)", out)
    return int(m.group(1)) if m else None


def find_compiler(family, major, candidates):
    """The first candidate on PATH of that family and major version, or None."""
    for name in candidates:
        if shutil.which(name) and harness.compiler_family(name) == family and major_version(name) == major:
            return name
    return None


def find_one(family, major):
    if family == "gcc":
        return find_compiler("gcc", major, [f"g++-{major}", "g++"])
    return find_compiler("clang", major, [f"clang++-{major}", "clang++"])


def inputs_digest(root):
    """What the page is made from, as a digest: every file of tests/fail/, klass's
    headers, this generator, the harness, and the compilers' versions. The page
    records it, so tests/check/diagnostics_gallery_current.py knows without
    compiling anything that the page was written from the current inputs."""
    digest = hashlib.sha256()
    files = [os.path.join("tests", "fail", n) for n in sorted(os.listdir(os.path.join(root, "tests", "fail")))]
    for dirpath, dirs, names in os.walk(os.path.join(root, "include")):
        dirs.sort()
        files += [os.path.relpath(os.path.join(dirpath, n), root) for n in sorted(names)]
    files += [os.path.join("tests", "gen", "diagnostics_gallery.py"), os.path.join("tests", "harness.py")]
    for rel in files:
        digest.update(rel.replace(os.sep, "/").encode() + b"\0")
        with open(os.path.join(root, rel), "rb") as f:
            digest.update(f.read() + b"\0")
    for label, found in find_all():
        version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout if found else ""
        digest.update(f"{label}: {version.splitlines()[0] if version else 'missing'}\0".encode())
    return digest.hexdigest()[:20]


INPUTS_LINE = re.compile(r"^<!-- inputs: (\w+) -->$", re.M)


def find_all():
    """[(label, compiler or None)] for every compiler the page shows."""
    return [(label, find_one(family, major)) for label, family, major, _ in COMPILERS]


def cases(root):
    """The compile-fail cases the gallery shows: every one but the harness probe."""
    return [name for name in harness.files("fail", root) if os.path.basename(name) != PROBE]


def normalise(output, root):
    """Paths relative to the repository, whatever its absolute location; positions
    inside klass's own headers dropped (`include/klass/mro.hpp:174:41` is shown as
    `include/klass/mro.hpp`), and g++'s numbering of generic lambdas' parameters
    (`auto:26`) shown as `auto:N`, so editing a header does not change the page
    unless what the compilers say changes."""
    for prefix in sorted({os.path.abspath(root), os.path.realpath(root)}, key=len, reverse=True):
        output = output.replace(prefix + os.sep, "")
    output = re.sub(r"\bauto:\d+", "auto:N", output)
    return re.sub(r"(include/klass/[\w/]+\.hpp):\d+(?::\d+)?", r"\1", output)


def diagnose_all(compilers, flags, root, names):
    """[{case: (its normalised diagnostic, that of its result-used variant)}] per
    compiler of COMPILERS, the compilations run in parallel, one per core."""
    env = compiler_env()
    families = {cxx: harness.compiler_family(cxx) for cxx in compilers}
    standards = {cxx: std for cxx, (_, _, _, std) in zip(compilers, COMPILERS)}

    def one(cxx, name, used):
        source = os.path.join(root, "tests", "fail", name)
        code, output, cmd = harness.fail_diagnostic(cxx, with_standard(flags, standards[cxx]), source, families[cxx],
                                                    env=env, used=used)
        if code == 0:
            raise SystemExit(f"{name} compiles with -DKLASS_EXPECT_FAIL on {cxx}:\n  {' '.join(cmd)}")
        return normalise(output, root)

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = [{name: (pool.submit(one, cxx, name, False), pool.submit(one, cxx, name, True)) for name in names}
                   for cxx in compilers]
        return [{name: (f.result(), u.result()) for name, (f, u) in per.items()} for per in futures]


def describe(text):
    """The case's leading comment, as one paragraph (its expect-lines left out)."""
    words = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        if not EXPECT_LINE.match(line):
            words.append(line[2:].strip())
    return " ".join(w for w in words if w)


def klass_condition(word, rest, defined):
    """The value of an #if/#ifdef/#ifndef/#elif on KLASS_ macros only (defined:
    the KLASS_ macros that are), or None for any other condition."""
    if word in ("ifdef", "ifndef"):
        if not rest.startswith("KLASS_"):
            return None
        return (rest in defined) == (word == "ifdef")
    names = re.findall(r"defined\s*\(\s*(\w+)\s*\)", rest)
    if not names or any(not n.startswith("KLASS_") for n in names):
        return None
    expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)", lambda m: str(m.group(1) in defined), rest)
    expr = expr.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    if re.search(r"[^\sA-Za-z()]", expr) or set(re.findall(r"\w+", expr)) - {"True", "False", "and", "or", "not"}:
        return None
    return bool(eval(expr))


def preprocess(text, defined):
    """The case as compiled with the KLASS_ macros in `defined`: its leading
    comment and expect-lines left out, every #if on KLASS_ macros resolved
    (other directives kept as written)."""
    lines = text.splitlines()
    while lines and lines[0].startswith("//"):
        lines.pop(0)
    kept, stack = [], []  # per open #if: (ours, this branch shown, a branch was taken)
    for line in lines:
        if EXPECT_LINE.match(line):
            continue
        directive = re.match(r"\s*#\s*(\w+)\s*(.*?)\s*$", line)
        word, rest = (directive.group(1), directive.group(2)) if directive else (None, "")
        if word in ("if", "ifdef", "ifndef"):
            value = klass_condition(word, rest, defined)
            if value is not None:
                stack.append((True, value, value))
                continue
            stack.append((False, True, True))
        elif word == "elif" and stack and stack[-1][0]:
            value = klass_condition("if", rest, defined)
            taken = stack[-1][2]
            stack[-1] = (True, bool(value) and not taken, taken or bool(value))
            continue
        elif word == "else" and stack and stack[-1][0]:
            stack[-1] = (True, not stack[-1][2], True)
            continue
        elif word == "endif" and stack:
            ours, _, _ = stack.pop()
            if ours:
                continue
        if all(shown for _, shown, _ in stack):
            kept.append(line)
    out = []
    for line in kept:  # no runs of blank lines, none at either end
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def failing_code(text):
    """The case as a user would write the misuse (without its passing twin)."""
    return "\n".join(preprocess(text, {"KLASS_EXPECT_FAIL"}))


def used_lines(text):
    """The lines its result-used variant has that the case has not."""
    plain = set(preprocess(text, {"KLASS_EXPECT_FAIL"}))
    return [l for l in preprocess(text, {"KLASS_EXPECT_FAIL", harness.RESULT_USED}) if l not in plain and l.strip()]


def python_error(gcc_output, text):
    """The Python error klass raised, read from g++'s message (which spells it
    out), else the case's own `// expect:` text."""
    for line in harness.error_lines(gcc_output):
        m = RAISED.search(line)
        if m:
            message = re.sub(r"\\(.)", r"\1", m.group(2))
            return f"{m.group(1)}: {message}"
    expects, sentences, _, _ = harness.expectations(text, "gcc", GCC_MAJOR)
    return (sentences or expects or [""])[0]


def expect_text(text):
    """What the shown code must fail with on every compiler (tests/check/doc_blocks.py
    compiles it): the longest of the case's `// expect:` texts."""
    expects, _, _, _ = harness.expectations(text, "any")
    return max(expects, key=len)


def excerpt(output):
    """The lines shown: the include stack dropped, at most EXCERPT_LINES (the
    first and last ones, where the error and the user's own line are), long
    lines cut but for the error line."""
    lines = [l for l in output.splitlines() if not INCLUDE_STACK.match(l)]
    if len(lines) > EXCERPT_LINES:
        head = EXCERPT_LINES // 2 - 1
        tail = EXCERPT_LINES - head - 1
        lines = lines[:head] + [f"[... {len(lines) - head - tail} lines left out ...]"] + lines[-tail:]
    cut = []
    for line in lines:
        if len(line) > LINE_WIDTH and not re.search(r"\berror:(?!:)", line):
            line = line[:LINE_WIDTH - 1] + "…"
        cut.append(line)
    return cut


def line_count(output):
    return len(output.splitlines())


def points_at_case(output, name):
    """Whether the diagnostic names a line of the case itself (the user's code),
    other than in its include stack."""
    mark = f"tests/fail/{name}:"
    return any(mark in l for l in output.splitlines() if not INCLUDE_STACK.match(l))


def area_of(name):
    prefix = os.path.basename(name).split("_", 1)[0]
    return prefix if prefix in dict(AREAS) else "other"


def render(root, names, outputs):
    """The page, from one {case: (diagnostic, used diagnostic)} per compiler of COMPILERS, in order."""
    texts = {n: open(os.path.join(root, "tests", "fail", n), encoding="utf-8").read() for n in names}
    labels = [label for label, _, _, _ in COMPILERS]
    gcc_outputs = {n: o for n, (o, _) in outputs[0].items()}
    maxima = [(max(line_count(o) for o, _ in per.values()), max(line_count(u) for _, u in per.values()))
              for per in outputs]
    out = [
        "# Diagnostics gallery",
        "",
        "<!-- Generated by tests/gen/diagnostics_gallery.py; do not edit. Regenerate with",
        f"     python3 tests/gen/diagnostics_gallery.py {OUTPUT}",
        "     tests/check/diagnostics_gallery_current.py fails when this file is stale. -->",
        f"<!-- inputs: {inputs_digest(root)} -->",
        "",
        "What klass prints for each misuse it refuses at compile time, one section per",
        "compile-fail case of `tests/fail/`. Each case is compiled the way the test",
        "harness compiles it: `-std=c++20 -Wall -Wextra -Wpedantic -Werror -DKLASS_EXPECT_FAIL`",
        "(clang 19: `-std=c++2c`), without caret lines (`-fno-diagnostics-show-caret`,",
        "`-fno-caret-diagnostics`). How each compiler says it:",
        "",
        f"- {labels[0]} spells out Python's message in the type it cannot complete",
        "  (`klass::TypeError<...{\"...\"}>`);",
        "- clang 14 prints a `static_assert` in Python's words with the classes as template",
        "  arguments (`klass::error::...<A, B>`): it cannot print a string computed at compile time;",
        "- clang 16 (C++20) quotes Python's message as a template argument in the requirement",
        "  it prints, in pieces of at most 36 characters (longer strings it cuts with `[...]`):",
        "  `klass::TypeError<...sentence<...>{\"Cannot create a consistent method\", \" resolution...\"}>`;",
        "- clang 19 with C++26 user-generated `static_assert` messages prints Python's",
        "  sentence itself: `static assertion failed: TypeError: Cannot create a consistent ...`.",
        "  (In C++20 mode clang 19 prints what clang 16 prints.)",
        "",
        "Every case also has a variant in which the refused result is used in an",
        "expression (`std::cout << klass::getattr(a, \"nope\"_a) + 1`, `auto x = ...; x.f()`,",
        "the misuse inside a method whose result is used, the instance of a refused class",
        "used): compiled with `-DKLASS_RESULT_USED`, its first error is the same.",
        "",
        f"Shown: the compiler's lines after its include stack, at most {EXCERPT_LINES} (the first",
        f"and the last ones), a line cut at {LINE_WIDTH} characters (`…`) unless it is the error",
        "line. Paths are relative to the repository; line numbers are those of the case",
        "file, whose passing twin is not shown (positions inside klass's headers are left out). Every `fail.*` test",
        f"holds its whole diagnostic under {harness.BUDGET} lines and its first `error:` line to",
        "Python's words, for the case and its result-used variant, on every compiler of the suite.",
        "",
        f"In the table, *lines* is the length of the whole diagnostic of the case / of its",
        "result-used variant, and *user's line* says whether the case's diagnostic names a",
        "line of the case itself (the code that misuses klass) outside the include stack.",
        "Longest diagnostics: " + "; ".join(f"{l} {a} / {b} lines" for l, (a, b) in zip(labels, maxima)) + ".",
        "",
        "| case | Python | " + " | ".join(f"{l} lines" for l in labels) + f" | user's line ({' / '.join(labels)}) |",
        "|---|---|" + "---:|" * len(labels) + "---|",
    ]
    grouped = {}
    for name in names:
        grouped.setdefault(area_of(name), []).append(name)
    order = [a for a, _ in AREAS if a in grouped] + (["other"] if "other" in grouped else [])
    titles = dict(AREAS, other="Other")
    for area in order:
        for name in grouped[area]:
            stem = name[:-len(".cpp")]
            anchor = re.sub(r"[^a-z0-9_-]", "", stem.lower())
            error = python_error(gcc_outputs[name], texts[name]).replace("|", "\\|")
            shown = " / ".join("yes" if points_at_case(o[name][0], name) else "no" for o in outputs)
            counts = " | ".join(f"{line_count(o[name][0])} / {line_count(o[name][1])}" for o in outputs)
            out.append(f"| [{stem}](#{anchor}) | `{error}` | {counts} | {shown} |")
    for area in order:
        out += ["", f"## {titles[area]}"]
        for name in grouped[area]:
            stem = name[:-len(".cpp")]
            text = texts[name]
            out += ["", f"### {stem}", "",
                    f"`{python_error(gcc_outputs[name], text)}`", "",
                    describe(text), "",
                    f"`tests/fail/{name}` without its passing twin:", "",
                    f"<!-- expect-fail: {expect_text(text)} -->",
                    "```cpp", failing_code(text), "```", "",
                    "Its result used (`-DKLASS_RESULT_USED`), the lines that differ:", "",
                    "```cpp", *used_lines(text), "```"]
            for label, per_case in zip(labels, outputs):
                total = line_count(per_case[name][0])
                used = line_count(per_case[name][1])
                shown = excerpt(per_case[name][0])
                out += ["", f"{label} ({total} line{'s' if total != 1 else ''}; result used: {used}):", "",
                        "```text", *shown, "```"]
    return "\n".join(out) + "\n"


def main(argv):
    args, flags = harness.split_flags(argv[1:])
    if len(args) != 1:
        print(__doc__)
        return 2
    compilers = find_all()
    missing = [label for label, found in compilers if not found]
    if missing:
        print(f"needs {', '.join(label for label, _, _, _ in COMPILERS)}; not found: {', '.join(missing)}")
        return 1
    flags = flags or default_flags(ROOT)
    names = cases(ROOT)
    page = render(ROOT, names, diagnose_all([c for _, c in compilers], flags, ROOT, names))
    with open(args[0], "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(f"wrote {args[0]}: {len(names)} cases, {', '.join(c for _, c in compilers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
