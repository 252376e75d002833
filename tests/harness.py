#!/usr/bin/env python3
"""klass test harness, shared by CMake and Meson so both run the same tests.

  harness.py list KIND                  the files of a kind, one per line
  harness.py compile-fail CXX FILE ...  FILE must fail with its expected text, its twin must pass
  harness.py header CXX HEADER [USES]   HEADER compiles on its own (and twice) with its use-file
                                        USES/HEADER.cpp (default tests/headers/), see header()
  harness.py example EXE EXPECTED       EXE's output equals EXPECTED byte for byte
  harness.py version ROOT               version.hpp, CMakeLists.txt and meson.build agree
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
    return [l for l in output.splitlines() if re.search(r"\berror:", l)]


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
    hpp = open(os.path.join(root, "include/klass/version.hpp")).read()
    parts = [re.search(rf"#define KLASS_VERSION_{p} (\d+)", hpp).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
    v = ".".join(parts)
    cmake = re.search(r"project\(klass\s+VERSION\s+([\d.]+)", open(os.path.join(root, "CMakeLists.txt")).read()).group(1)
    meson = re.search(r"version\s*:\s*'([\d.]+)'", open(os.path.join(root, "meson.build")).read()).group(1)
    if v == cmake == meson:
        print(f"ok: version {v} in version.hpp, CMakeLists.txt and meson.build")
        return 0
    print(f"FAIL: version.hpp says {v}, CMakeLists.txt {cmake}, meson.build {meson}")
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
