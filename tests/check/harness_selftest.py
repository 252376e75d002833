#!/usr/bin/env python3
"""The harness proves itself: broken cases must be reported as failures.

Run as `harness_selftest.py ROOT CXX -- FLAGS`. Each mutation below is a way a
test could pass for the wrong reason; the harness must refuse every one, and
accept the untouched probe pair.
"""
import os
import subprocess
import sys
import tempfile

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", f"-I{root}/include"]
harness = os.path.join(root, "tests", "harness.py")
# The probe without klass: these cases test the harness, and a compilation without
# klass's headers takes a tenth of the time.
probe = open(os.path.join(root, "tests/fail/harness_probe.cpp")).read().replace("#include <klass/klass.hpp>\n", "")
failures = []


def run(*args, extra_flags=()):
    return subprocess.run([sys.executable, harness, *args, "--", *flags, *extra_flags],
                          capture_output=True, text=True).returncode


def expect(description, code, want_pass):
    if (code == 0) != want_pass:
        failures.append(f"{description}: harness returned {code}, expected {'pass' if want_pass else 'failure'}")
    else:
        print(f"ok: {description}")


with tempfile.TemporaryDirectory() as tmp:
    def case(name, text):
        path = os.path.join(tmp, name)
        open(path, "w").write(text)
        return path

    expect("the probe pair passes", run("compile-fail", cxx, case("probe.cpp", probe)), True)
    expect("a wrong expected text fails",
           run("compile-fail", cxx, case("wrong_text.cpp", probe.replace(
               "// expect: klass-harness-probe", "// expect: klass-harness-probe (not this)"))), False)
    expect("a case without expected text fails",
           run("compile-fail", cxx, case("no_text.cpp", probe.replace("// expect:", "// (removed):"))), False)
    expect("an empty expected text fails",
           run("compile-fail", cxx, case("empty_text.cpp", probe.replace(
               "// expect: klass-harness-probe: the expected failure happened", "// expect:"))), False)
    expect("failing for an unrelated reason fails",
           run("compile-fail", cxx, case("unrelated.cpp", probe.replace(
               'static_assert(probe_fails<int>, "klass-harness-probe: the expected failure happened");',
               "int broken = ;  // klass-harness-probe: the expected failure happened"))), False)
    expect("a cascade of errors fails",
           run("compile-fail", cxx, case("cascade.cpp", probe.replace(
               "#endif", 'static_assert(probe_fails<long>, "second");\n#endif', 1))), False)
    expect("an expected text that is not on the first error line fails",
           run("compile-fail", cxx, case("not_first.cpp", probe.replace(
               "#ifdef KLASS_EXPECT_FAIL\n", '#ifdef KLASS_EXPECT_FAIL\nstatic_assert(probe_fails<long>, "first");\n', 1)
               .replace("// expect:", "// errors: 2\n// expect:", 1))), False)
    over = "".join(f'static_assert(probe_fails<char[{i}]>, "more");\n' for i in range(1, 41))
    expect("a diagnostic over the line budget fails",
           run("compile-fail", cxx, case("over_budget.cpp", probe.replace(
               "#endif", over + "#endif", 1).replace("// expect:", "// errors: 41\n// expect:", 1))), False)
    expect("a twin that does not compile fails",
           run("compile-fail", cxx, case("bad_twin.cpp", probe + "\nint twin_broken = ;\n")), False)
    expect("a case that compiles with KLASS_EXPECT_FAIL fails",
           run("compile-fail", cxx, case("no_failure.cpp", probe.replace("#ifdef KLASS_EXPECT_FAIL", "#if 0"))), False)

    os.makedirs(os.path.join(tmp, "inc", "demo"))
    with open(os.path.join(tmp, "inc", "demo", "missing.hpp"), "w") as f:
        f.write("#pragma once\ninline std::vector<int> numbers() { return {}; }\n")
    with open(os.path.join(tmp, "inc", "demo", "complete.hpp"), "w") as f:
        f.write("#pragma once\n#include <vector>\ninline std::vector<int> numbers() { return {}; }\n")
    inc = [f"-I{tmp}/inc"]
    expect("a header missing an include fails", run("header", cxx, "demo/missing.hpp", extra_flags=inc), False)
    expect("a self-contained header passes", run("header", cxx, "demo/complete.hpp", extra_flags=inc), True)

    echo = "/bin/echo"
    expect("an example whose output matches passes", run("example", echo, case("empty.expected", "\n")), True)
    expect("an example whose output differs fails", run("example", echo, case("other.expected", "x\n")), False)

if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print("ok: the harness refuses every broken case")
