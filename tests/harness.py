#!/usr/bin/env python3
"""klass test harness, shared by CMake and Meson so both run the same tests.

  harness.py list KIND                  the files of a kind, one per line
  harness.py compile-fail CXX FILE ...  FILE must fail with its expected text, its twin must pass
  harness.py header CXX HEADER ...      HEADER compiles on its own (and twice)
  harness.py example EXE EXPECTED       EXE's output equals EXPECTED byte for byte
  harness.py version ROOT               version.hpp (parts and KLASS_VERSION), CMakeLists.txt,
                                        meson.build and CHANGELOG.md agree
  harness.py differential EXE TWIN.py   EXE prints what `python3 TWIN.py` prints (error
                                        lines by exception name only below Python 3.13)

Kinds for `list`: run (doctest), static (static_assert TUs), fail (compile-fail),
examples, headers, differential (a program and its Python twin), check (Python scripts run as `python3 SCRIPT ROOT CXX -- FLAGS`).

Extra arguments after `--` are compiler flags (include paths, -std, warnings).

A compile-fail case states what it expects in comments:
  // expect: text            must appear in the diagnostic of every compiler
  // expect-gcc: text        only g++
  // expect-clang: text      only clang
  // errors: N               how many `error:` lines (default 1: one error, no cascade)
It is compiled with -DKLASS_EXPECT_FAIL (must fail and show every text) and
without (its passing twin: must compile cleanly). The diagnostics budget holds
too: the FIRST `error:` line carries every expected text (Python's words are
what a reader sees first, not something deep in a cascade), and the whole
diagnostic stays under BUDGET lines (include stack, instantiation chain and
notes included).
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUDGET = 30  # lines of one whole compile-fail diagnostic; a case must stay under it

KINDS = {
    # kind: (folder, suffix)
    "run": ("tests/run", ".cpp"),
    "static": ("tests/static", ".cpp"),
    "fail": ("tests/fail", ".cpp"),
    "examples": ("examples", ".cpp"),
    "headers": ("include", ".hpp"),
    "check": ("tests/check", ".py"),
    "differential": ("tests/differential", ".cpp"),
}


def files(kind, root=ROOT):
    """The files of a kind, relative to its folder, sorted."""
    folder, suffix = KINDS[kind]
    base = os.path.join(root, folder)
    found = []
    for dirpath, _, names in os.walk(base):
        for name in names:
            if name.endswith(suffix):
                found.append(os.path.relpath(os.path.join(dirpath, name), base))
    return sorted(found)


def list_kind(kind):
    for item in files(kind):
        print(item)


def split_flags(args):
    if "--" in args:
        i = args.index("--")
        return args[:i], args[i + 1:]
    return args, []


def compiler_family(cxx):
    out = subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout
    return "clang" if "clang" in out else "gcc"


def compile_only(cxx, flags, source, defines=(), env=None):
    cmd = [cxx, *flags, *defines, "-fsyntax-only", source]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return proc.returncode, proc.stdout + proc.stderr, cmd


def no_caret_flag(family):
    """Without the echoed source lines, so a text written in a case's own code
    or comments cannot satisfy an expectation: only the compiler's words count."""
    return "-fno-caret-diagnostics" if family == "clang" else "-fno-diagnostics-show-caret"


def expectations(text, family):
    """What a compile-fail case states for a compiler family: (texts, number of
    `error:` lines, problem). problem is None or why the statements are unusable."""
    expects, errors = [], 1
    for key, value in re.findall(r"^[ \t]*//[ \t]*(expect(?:-gcc|-clang)?|errors):[ \t]*(.*?)[ \t]*$", text, re.M):
        if not value:
            return expects, errors, f"an empty `// {key}:` line expects nothing; state the text"
        if key == "errors":
            errors = int(value)
        elif key == "expect" or key == "expect-" + family:
            expects.append(value)
    if not expects:
        return expects, errors, f"states no `// expect:` text for {family}; a compile-fail case must say why it fails"
    return expects, errors, None


def fail_diagnostic(cxx, flags, source, family, env=None):
    """A compile-fail case compiled the way compile_fail judges it: with
    -DKLASS_EXPECT_FAIL and without caret lines. Returns (code, output, cmd)."""
    return compile_only(cxx, flags, source, ["-DKLASS_EXPECT_FAIL", no_caret_flag(family)], env)


def error_lines(output):
    return [l for l in output.splitlines() if re.search(r"\berror:(?!:)", l)]  # not klass::error::...


def compile_fail(cxx, source, flags):
    family = compiler_family(cxx)
    text = open(source, encoding="utf-8").read()
    expects, errors, problem = expectations(text, family)
    if problem:
        print(f"{source}: {problem}")
        return 1
    status = 0
    code, output, cmd = fail_diagnostic(cxx, flags, source, family)
    if code == 0:
        print(f"FAIL: {source} compiled with -DKLASS_EXPECT_FAIL but must not\n  {' '.join(cmd)}")
        status = 1
    else:
        found_errors = error_lines(output)
        first = found_errors[0] if found_errors else ""
        for want in expects:
            if want not in output:
                print(f"FAIL: expected text not in the diagnostic: {want!r}")
                status = 1
            elif want not in first:
                print(f"FAIL: expected text not on the first `error:` line: {want!r}\n  first error line: {first}")
                status = 1
        if len(found_errors) != errors:
            print(f"FAIL: {len(found_errors)} `error:` lines, expected {errors}")
            status = 1
        lines = len(output.splitlines())
        if lines >= BUDGET:
            print(f"FAIL: {lines} lines of diagnostic, the budget is under {BUDGET}: shorten the diagnostic, not the budget")
            status = 1
    if status:
        print("---- diagnostic ----\n" + output)
    code, twin_output, cmd = compile_only(cxx, flags, source)
    if code != 0:
        print(f"FAIL: the passing twin (no -DKLASS_EXPECT_FAIL) does not compile\n  {' '.join(cmd)}\n{twin_output}")
        status = 1
    if status == 0:
        print(f"ok: {os.path.basename(source)} fails as expected on {family} in {lines} lines, "
              f"Python's words first, and its twin compiles")
    return status


def header(cxx, name, flags):
    with tempfile.TemporaryDirectory() as tmp:
        tu = os.path.join(tmp, "header.cpp")
        with open(tu, "w") as f:
            # Included first (nothing before it may supply what it forgot) and twice (guards).
            f.write(f"#include <{name}>\n#include <{name}>\nint main() {{}}\n")
        code, output, cmd = compile_only(cxx, flags, tu)
    if code != 0:
        print(f"FAIL: <{name}> does not compile on its own\n  {' '.join(cmd)}\n{output}")
        return 1
    if name.startswith("klass/"):
        path = os.path.join(ROOT, "include", name)
        if "Boost Software License" not in open(path, encoding="utf-8").read(2000):
            print(f"FAIL: <{name}> lacks the licence notice at its top (see any other header)")
            return 1
    print(f"ok: <{name}> compiles on its own")
    return 0


def example(exe, expected):
    proc = subprocess.run([exe], capture_output=True)
    want = open(expected, "rb").read()
    sys.stdout.write(proc.stdout.decode(errors="replace"))
    if proc.returncode != 0:
        print(f"FAIL: {exe} exited with {proc.returncode}\n{proc.stderr.decode(errors='replace')}")
        return 1
    if proc.stdout != want:
        print(f"FAIL: output of {os.path.basename(exe)} differs from {expected}")
        import difflib
        diff = difflib.unified_diff(want.decode(errors="replace").splitlines(),
                                    proc.stdout.decode(errors="replace").splitlines(),
                                    "expected", "actual", lineterm="")
        print("\n".join(diff))
        return 1
    return 0


ERROR_LINE = re.compile(r"^(\w+(?:Error|Exception)): ")


def differential(exe, twin):
    """A scenario run in CPython and in klass must be observed the same. Error
    wording belongs to the Python version, so below 3.13 an error line is
    compared by its exception name."""
    exact = sys.version_info >= (3, 13)

    def comparable(line):
        m = ERROR_LINE.match(line)
        return m.group(1) if (m and not exact) else line

    python = subprocess.run([sys.executable, twin], capture_output=True, text=True)
    klass = subprocess.run([exe], capture_output=True, text=True)
    if python.returncode != 0:
        print(f"FAIL: the Python twin failed\n{python.stderr}")
        return 1
    if klass.returncode != 0:
        print(f"FAIL: {exe} exited with {klass.returncode}\n{klass.stderr}")
        return 1
    want = [comparable(l) for l in python.stdout.splitlines()]
    got = [comparable(l) for l in klass.stdout.splitlines()]
    if want != got:
        import difflib
        print(f"FAIL: klass and python {sys.version.split()[0]} disagree")
        print("\n".join(difflib.unified_diff(want, got, "python", "klass", lineterm="")))
        return 1
    print(f"ok: {len(want)} observations agree with python {sys.version.split()[0]}")
    return 0


def version(root):
    """The version's parts, KLASS_VERSION (MMmmpp), CMake's and Meson's project
    versions and the newest release section of CHANGELOG.md all agree."""
    hpp = open(os.path.join(root, "include/klass/version.hpp")).read()
    parts = [int(re.search(rf"#define KLASS_VERSION_{p} (\d+)", hpp).group(1)) for p in ("MAJOR", "MINOR", "PATCH")]
    v = ".".join(map(str, parts))
    number = int(re.search(r"#define KLASS_VERSION (\d+)", hpp).group(1))
    cmake = re.search(r"project\(klass\s+VERSION\s+([\d.]+)", open(os.path.join(root, "CMakeLists.txt")).read()).group(1)
    meson = re.search(r"version\s*:\s*'([\d.]+)'", open(os.path.join(root, "meson.build")).read()).group(1)
    changelog = re.search(r"^## \[?(\d+\.\d+\.\d+)\]?", open(os.path.join(root, "CHANGELOG.md")).read(), re.M)
    changelog = changelog.group(1) if changelog else "none"
    expected_number = parts[0] * 10000 + parts[1] * 100 + parts[2]
    if v == cmake == meson == changelog and number == expected_number:
        print(f"ok: version {v} (KLASS_VERSION {number}) in version.hpp, CMakeLists.txt, meson.build and CHANGELOG.md")
        return 0
    print(f"FAIL: version.hpp says {v} and KLASS_VERSION {number} (MMmmpp of the parts: {expected_number}), "
          f"CMakeLists.txt {cmake}, meson.build {meson}, the newest release of CHANGELOG.md {changelog}")
    return 1


def main(argv):
    args, flags = split_flags(argv[1:])
    if not args:
        print(__doc__)
        return 2
    cmd = args[0]
    if cmd == "list":
        list_kind(args[1])
        return 0
    if cmd == "compile-fail":
        return compile_fail(args[1], args[2], flags)
    if cmd == "header":
        return header(args[1], args[2], flags)
    if cmd == "example":
        return example(args[1], args[2])
    if cmd == "differential":
        return differential(args[1], args[2])
    if cmd == "version":
        return version(args[1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
