#!/usr/bin/env python3
"""klass test harness, shared by CMake and Meson so both run the same tests.

  harness.py list KIND                  the files of a kind, one per line
  harness.py compile-fail CXX FILE ...  FILE must fail with its expected text, its twin must pass
  harness.py header CXX HEADER [USES]   HEADER compiles on its own (and twice) with its use-file
                                        USES/HEADER.cpp (default tests/headers/), see header()
  harness.py example EXE EXPECTED       EXE's output equals EXPECTED byte for byte
  harness.py version ROOT               version.hpp (parts and KLASS_VERSION), CMakeLists.txt,
                                        meson.build and CHANGELOG.md agree
  harness.py differential EXE TWIN.py   EXE prints what `python3 TWIN.py` prints (error
                                        lines by exception name only below Python 3.13)

Kinds for `list`: run (doctest), static (static_assert TUs), fail (compile-fail),
examples, headers, differential (a program and its Python twin), check (Python scripts run as `python3 SCRIPT ROOT CXX -- FLAGS`).

Extra arguments after `--` are compiler flags (include paths, -std, warnings).

A compile-fail case states what it expects in comments:
  // expect: text            on the first error line of every compiler
  // expect-gcc: text        only g++ (expect-clang: only clang)
  // expect-clang14: text    only that major version; expect-clang16+: 16 and later
  // expect-python: sentence Python's message, on every compiler that prints a
                             message computed at compile time (g++, clang 16+):
                             verbatim (C++26 static_assert messages) or quoted in a
                             template argument (\' and \" escaped, clang's pieces joined)
  // errors: N               how many `error:` lines (default 1: one error, no cascade)
It is compiled with -DKLASS_EXPECT_FAIL (must fail and show every text), again
with -DKLASS_EXPECT_FAIL -DKLASS_RESULT_USED (its variant where the refused
result is used in an expression, which every case has: the same expectations
hold), and without (its passing twin: must compile cleanly). The diagnostics
budget holds too: the FIRST `error:` line carries every expected text (Python's
words are what a reader sees first, not something deep in a cascade), and the
whole diagnostic stays under BUDGET lines (include stack, instantiation chain
and notes included).
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


def compiler_major(cxx):
    """The compiler's major version (12 for g++ 12.2, 16 for clang 16.0.6), or 0."""
    out = subprocess.run([cxx, "-dumpversion"], capture_output=True, text=True).stdout.strip()
    m = re.match(r"(\d+)", out)
    return int(m.group(1)) if m else 0


def compile_only(cxx, flags, source, defines=(), env=None):
    cmd = [cxx, *flags, *defines, "-fsyntax-only", source]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return proc.returncode, proc.stdout + proc.stderr, cmd


def no_caret_flag(family):
    """Without the echoed source lines, so a text written in a case's own code
    or comments cannot satisfy an expectation: only the compiler's words count."""
    return "-fno-caret-diagnostics" if family == "clang" else "-fno-diagnostics-show-caret"


EXPECT_KEY = re.compile(r"^[ \t]*//[ \t]*(expect(?:-python|-(?:gcc|clang)(?:\d+\+?)?)?|errors):[ \t]*(.*?)[ \t]*$", re.M)
RESULT_USED = "KLASS_RESULT_USED"


def prints_python(family, major):
    """Whether the compiler prints a message computed at compile time (so the
    error line carries Python's sentence itself): g++, and clang from 16 on."""
    return family == "gcc" or major >= 16


def key_applies(key, family, major):
    """expect, expect-<family>, expect-<family><major> (that version only) and
    expect-<family><major>+ (that version and later)."""
    if key == "expect":
        return True
    m = re.fullmatch(r"expect-(gcc|clang)(\d+)?(\+)?", key)
    if not m or m.group(1) != family:
        return False
    if m.group(2) is None:
        return True
    wanted = int(m.group(2))
    return major >= wanted if m.group(3) else major == wanted


def expectations(text, family, major=0):
    """What a compile-fail case states for a compiler: (texts, Python sentences,
    number of `error:` lines, problem). problem is None or why the statements are
    unusable. A Python sentence (`// expect-python:`) is expected only from a
    compiler that prints computed messages (prints_python)."""
    expects, sentences, errors = [], [], 1
    for key, value in EXPECT_KEY.findall(text):
        if not value:
            return expects, sentences, errors, f"an empty `// {key}:` line expects nothing; state the text"
        if key == "errors":
            errors = int(value)
        elif key == "expect-python":
            if prints_python(family, major):
                sentences.append(value)
        elif key_applies(key, family, major):
            expects.append(value)
    if not expects and not sentences:
        return expects, sentences, errors, (f"states no `// expect:` text for {family} {major}; "
                                            "a compile-fail case must say why it fails")
    return expects, sentences, errors, None


def readable(line):
    """An error line as a reader reads it: a message the compiler quotes inside a
    template argument has its quotes escaped (\\' and \\"), and clang 16+ prints
    a long one in pieces ({"Cannot create a consistent method", " resolution..."});
    both are undone, so Python's sentence can be looked for as Python prints it."""
    return line.replace('", "', "").replace("\\'", "'").replace('\\"', '"')


def fail_diagnostic(cxx, flags, source, family, env=None, used=False):
    """A compile-fail case compiled the way compile_fail judges it: with
    -DKLASS_EXPECT_FAIL (and -DKLASS_RESULT_USED for its variant whose refused
    result is used) and without caret lines. Returns (code, output, cmd)."""
    defines = ["-DKLASS_EXPECT_FAIL"] + (["-D" + RESULT_USED] if used else [])
    return compile_only(cxx, flags, source, defines + [no_caret_flag(family)], env)


def error_lines(output):
    # "error:" as compilers write it, not "klass::error::" in a note
    return [l for l in output.splitlines() if re.search(r"\berror:(?!:)", l)]


def judge(output, code, cmd, expects, sentences, errors, what):
    """The failures of one compilation of a case (a list of lines), and its length."""
    problems = []
    if code == 0:
        return [f"FAIL: {what} compiled but must not\n  {' '.join(cmd)}"], 0
    found_errors = error_lines(output)
    first = found_errors[0] if found_errors else ""
    for want in expects:
        if want not in output:
            problems.append(f"FAIL: {what}: expected text not in the diagnostic: {want!r}")
        elif want not in first:
            problems.append(f"FAIL: {what}: expected text not on the first `error:` line: {want!r}\n"
                            f"  first error line: {first}")
    for sentence in sentences:
        if sentence not in readable(first):
            problems.append(f"FAIL: {what}: Python's sentence not on the first `error:` line: {sentence!r}\n"
                            f"  first error line: {first}")
    if len(found_errors) != errors:
        problems.append(f"FAIL: {what}: {len(found_errors)} `error:` lines, expected {errors}")
    lines = len(output.splitlines())
    if lines >= BUDGET:
        problems.append(f"FAIL: {what}: {lines} lines of diagnostic, the budget is under {BUDGET}: "
                        "shorten the diagnostic, not the budget")
    return problems, lines


def compile_fail(cxx, source, flags):
    family, major = compiler_family(cxx), compiler_major(cxx)
    text = open(source, encoding="utf-8").read()
    expects, sentences, errors, problem = expectations(text, family, major)
    if problem:
        print(f"{source}: {problem}")
        return 1
    if RESULT_USED not in text:
        print(f"{source}: has no variant using the refused result (#ifdef {RESULT_USED} inside the failing "
              "part): the first error must be klass's wherever the misuse sits")
        return 1
    status = 0
    counts = []
    for used, what in ((False, "the case"), (True, f"its {RESULT_USED} variant")):
        code, output, cmd = fail_diagnostic(cxx, flags, source, family, used=used)
        problems, lines = judge(output, code, cmd, expects, sentences, errors, what)
        counts.append(lines)
        if problems:
            status = 1
            print("\n".join(problems))
            print(f"---- diagnostic of {what} ----\n" + output)
    code, twin_output, cmd = compile_only(cxx, flags, source)
    if code != 0:
        print(f"FAIL: the passing twin (no -DKLASS_EXPECT_FAIL) does not compile\n  {' '.join(cmd)}\n{twin_output}")
        status = 1
    if status == 0:
        print(f"ok: {os.path.basename(source)} fails as expected on {family} {major} in {counts[0]} lines "
              f"({counts[1]} with its result used), Python's words first, and its twin compiles")
    return status


def strip_comments(text):
    """The text without comments, string or character literals (kept as "" and '')."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c == '"' or (c == "'" and not (i and text[i - 1].isalnum())):  # 1'000: a digit separator
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_umbrella(text):
    """Only includes (and the include guard): a header that declares nothing itself."""
    guard = None
    for line in strip_comments(text).splitlines():
        words = line.split()
        if not words or words[0] in ("#include", "#endif") or words == ["#pragma", "once"]:
            continue
        if words[0] == "#ifndef" and len(words) == 2 and guard is None:
            guard = words[1]
        elif words == ["#define", guard]:
            continue
        else:
            return False
    return True


def public_declarations(text):
    """What a header declares at namespace scope outside every `detail` namespace:
    the first words of each such declaration (preprocessor lines aside)."""
    joined = re.sub(r"\\\n", " ", strip_comments(text))  # a macro's continued lines are one line
    code = "\n".join(l for l in joined.splitlines() if not l.lstrip().startswith("#"))
    found, stack, i, n = [], [], 0, len(code)
    opener = re.compile(r"namespace\s*([\w:]*)\s*\{")
    while i < n:
        if code[i].isspace() or code[i] == ";":
            i += 1
            continue
        m = opener.match(code, i)
        if m and "block" not in stack:
            stack.append(m.group(1))
            i = m.end()
            continue
        if code[i] == "}":
            if stack:
                stack.pop()
            i += 1
            continue
        if "block" in stack:
            if code[i] == "{":
                stack.append("block")
            i += 1
            continue
        # A declaration at namespace scope: up to its end (';' or its braces).
        start, depth = i, 0
        while i < n:
            if code[i] in "([":
                depth += 1
            elif code[i] in ")]":
                depth -= 1
            elif code[i] == "{" and depth == 0:
                stack.append("block")
                i += 1
                break
            elif code[i] == "}" and depth == 0:
                break
            elif code[i] == ";" and depth == 0:
                i += 1
                break
            i += 1
        if not any("detail" in name.split("::") for name in stack):
            found.append(" ".join(code[start:i].split()))
    return found


def declared_name(declaration):
    """The name a namespace-scope declaration introduces, or None (an operator, a
    specialization or out-of-line member, a using-directive, a macro's expansion)."""
    d = declaration
    while True:  # drop template heads and requires-clauses
        m = re.match(r"\s*template\s*<", d)
        if not m:
            break
        depth, i = 1, m.end()
        while i < len(d) and depth:
            depth += {"<": 1, ">": -1}.get(d[i], 0)
            i += 1
        d = d[i:]
    d = re.sub(r"^\s*requires\s*(\((?:[^()]|\([^()]*\))*\)|[\w:<>, ]+?(?=\s+(?:[\w:]+\s+)*[\w:]+\s*[({]))", "", d)
    if re.search(r"\boperator\b", d) or re.match(r"\s*(using\s+(namespace\b|[\w:]+::)|requires\b)", d):
        return None
    m = re.match(r"\s*(?:struct|class|union|enum(?:\s+class)?)\s+(?:\[\[[^]]*\]\]\s*)?([\w:]+)", d)
    if m:
        return None if "::" in m.group(1) else m.group(1)
    m = re.match(r"\s*(?:concept|using)\s+(\w+)", d)
    if m:
        return m.group(1)
    head = re.split(r"[({=;]", re.sub(r"decltype\s*\((?:[^()]|\([^()]*\))*\)", "decltype", d), 1)[0]
    words = re.findall(r"[\w:]+", head)
    if not words or "::" in words[-1] or words[-1].isupper() or head.rstrip().endswith(">") or \
            words[-1] in ("requires", "noexcept", "decltype", "sizeof", "alignof"):
        return None  # a qualified (out-of-line) name, a macro, a specialization, a requires-expression
    return words[-1]


def find_header(name, flags):
    for i, flag in enumerate(flags):
        for prefix in ("-I", "-isystem"):
            if flag == prefix and i + 1 < len(flags):
                d = flags[i + 1]
            elif flag.startswith(prefix) and len(flag) > len(prefix):
                d = flag[len(prefix):]
            else:
                continue
            if os.path.isfile(os.path.join(d, name)):
                return os.path.join(d, name)
    return None


def header(cxx, name, flags, uses=None):
    """A header works on its own. A detail header (a path with a `detail`
    component) includes no public header of its project and declares nothing
    outside a `detail` namespace; it is compiled alone, twice. An umbrella (only
    includes) is compiled alone, twice. Any other header has a use-file,
    USES/<name with .cpp>, which includes it first and no other header of the
    project, and compiles a use of each public name the header declares."""
    uses = uses or os.path.join(ROOT, "tests", "headers")
    path = find_header(name, flags)
    if path is None:
        print(f"FAIL: <{name}> is in no include directory of the flags")
        return 1
    text = open(path, encoding="utf-8").read()
    project = name.split("/")[0] + "/"
    if name.startswith("klass/") and "Boost Software License" not in text[:2000]:
        print(f"FAIL: <{name}> lacks the licence notice at its top (see any other header)")
        return 1
    included = re.findall(r"^\s*#\s*include\s*<([^>]+)>", text, re.M)
    detail = "detail" in name.split("/")[:-1]
    use = None
    if detail:
        public = [h for h in included if h.startswith(project) and "detail" not in h.split("/")[:-1]]
        if public:
            print(f"FAIL: the detail header <{name}> includes the public <{public[0]}>: detail headers are "
                  f"the lowest layer; what needs a public header belongs in a public one")
            return 1
        names = public_declarations(text)
        if names:
            print(f"FAIL: the detail header <{name}> declares outside a detail namespace: {names[0][:70]!r}")
            return 1
    elif not is_umbrella(text):
        use = os.path.join(uses, os.path.splitext(name)[0] + ".cpp")
        if not os.path.isfile(use):
            print(f"FAIL: <{name}> has no use-file {os.path.relpath(use, ROOT)}: write one that uses each "
                  f"public name the header declares, with only this header included")
            return 1
        use_text = open(use, encoding="utf-8").read()
        use_includes = re.findall(r"^\s*#\s*include\s*[<\"]([^>\"]+)[>\"]", use_text, re.M)
        if not use_includes or use_includes[0] != name:
            print(f"FAIL: {use} must include <{name}> first")
            return 1
        others = [h for h in use_includes[1:] if h.startswith(project) and h != name]
        if others:
            print(f"FAIL: {use} includes <{others[0]}>: a use-file includes no other header of the project, "
                  f"so that what <{name}> declares is shown to work with it alone")
            return 1
        used = set(re.findall(r"\w+", strip_comments(use_text)))
        unused = sorted({n for n in map(declared_name, public_declarations(text)) if n and n not in used})
        if unused:
            print(f"FAIL: {os.path.relpath(use, ROOT)} uses no {', '.join(unused)}: a use-file uses each "
                  f"public name <{name}> declares")
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        tu = os.path.join(tmp, "header.cpp")
        with open(tu, "w") as f:
            # Included first (nothing before it may supply what it forgot) and twice (guards).
            f.write(f"#include <{name}>\n#include <{name}>\n")
            if use:  # its text, in the main file (g++ judges some warnings by the main file);
                # a message's line numbers are the use-file's plus 2
                f.write(use_text + "\n")
            f.write("int main() {}\n")
        code, output, cmd = compile_only(cxx, flags, tu)
    if code != 0:
        what = f"with its use-file {os.path.relpath(use, ROOT)}" if use else "on its own"
        print(f"FAIL: <{name}> does not compile {what}\n  {' '.join(cmd)}\n{output}")
        return 1
    kind = "a detail header" if detail else ("an umbrella" if use is None else "with its uses")
    print(f"ok: <{name}> compiles on its own, {kind}")
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
        return header(args[1], args[2], flags, args[3] if len(args) > 3 else None)
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
