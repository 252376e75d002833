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
harness_path = os.path.join(root, "tests", "harness.py")
sys.path.insert(0, os.path.join(root, "tests"))
import harness  # noqa: E402  (for the compiler's family and version, and readable())
# The probe without klass: these cases test the harness, and a compilation without
# klass's headers takes a tenth of the time.
probe = open(os.path.join(root, "tests/fail/harness_probe.cpp")).read().replace("#include <klass/klass.hpp>\n", "")
failures = []


def run(*args, extra_flags=()):
    return subprocess.run([sys.executable, harness_path, *args, "--", *flags, *extra_flags],
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

    # The variant whose refused result is used: required, and judged as the case.
    used_part = "#ifdef KLASS_RESULT_USED\nconstexpr bool used = probe_fails<int>;  // its result used: no second error\n#endif\n"
    assert used_part in probe, "tests/fail/harness_probe.cpp changed: update the self-test"
    expect("a case without a KLASS_RESULT_USED variant fails",
           run("compile-fail", cxx, case("no_used.cpp", probe.replace(used_part, ""))), False)
    expect("a KLASS_RESULT_USED variant whose use adds an error fails",
           run("compile-fail", cxx, case("used_cascade.cpp", probe.replace(
               "constexpr bool used = probe_fails<int>;",
               'static_assert(probe_fails<long>, "the use fails too");'))), False)

    # Expectations per compiler version.
    family, major = harness.compiler_family(cxx), harness.compiler_major(cxx)
    this = f"{family}{major}"
    expect(f"a wrong expect-{this} text fails",
           run("compile-fail", cxx, case("this_version.cpp", probe.replace(
               "// expect:", f"// expect-{this}: klass-harness-probe (not this)\n// expect:", 1))), False)
    expect(f"an expect-{family}{major + 1} text is not asked of {family} {major}",
           run("compile-fail", cxx, case("other_version.cpp", probe.replace(
               "// expect:", f"// expect-{family}{major + 1}: klass-harness-probe (not this)\n// expect:", 1))), True)
    expect(f"a wrong expect-{family}{major - 1}+ text fails (it applies to later versions)",
           run("compile-fail", cxx, case("later_versions.cpp", probe.replace(
               "// expect:", f"// expect-{family}{major - 1}+: klass-harness-probe (not this)\n// expect:", 1))), False)
    other = "clang" if family == "gcc" else "gcc"
    expect(f"an expect-{other} text is not asked of {family}",
           run("compile-fail", cxx, case("other_family.cpp", probe.replace(
               "// expect:", f"// expect-{other}: klass-harness-probe (not this)\n// expect:", 1))), True)

    # Python's sentence: found however the compiler quotes it, and only where it can print it.
    quoted = probe.replace("klass-harness-probe: the expected failure happened",
                           "klass-harness-probe: \\\\'A\\\\' object has no attribute \\\\'x\\\\'")
    python_case = quoted.replace("// expect: klass-harness-probe: \\\\'A\\\\' object has no attribute \\\\'x\\\\'",
                                 "// expect: klass-harness-probe\n// expect-python: 'A' object has no attribute 'x'")
    wrong_python = python_case.replace("// expect-python: 'A' object has no attribute 'x'",
                                       "// expect-python: 'A' object has no attribute 'y'")
    if harness.prints_python(family, major):
        expect("Python's sentence quoted in the message (\\' escaped) is found",
               run("compile-fail", cxx, case("python.cpp", python_case)), True)
        expect("a sentence that is not on the first error line fails",
               run("compile-fail", cxx, case("wrong_python.cpp", wrong_python)), False)
    else:
        expect(f"expect-python is not asked of {family} {major}, which cannot print a computed message",
               run("compile-fail", cxx, case("wrong_python.cpp", wrong_python)), True)

    # Headers: demo/<name>.hpp under inc/, their use-files under uses/demo/<name>.cpp.
    def demo(path, text, use=None):
        full = os.path.join(tmp, "inc", "demo", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").write(text)
        if use is not None:
            full = os.path.join(tmp, "uses", "demo", os.path.splitext(path)[0] + ".cpp")
            os.makedirs(os.path.dirname(full), exist_ok=True)
            open(full, "w").write(use)
        return "demo/" + path

    def header(path):
        return run("header", cxx, path, os.path.join(tmp, "uses"), extra_flags=[f"-I{tmp}/inc"])

    numbers = "inline std::vector<int> numbers() { return {}; }\n"
    use_numbers = "#include <demo/{}.hpp>\ninline auto use = demo::numbers();\n"
    ns = lambda body: "namespace demo {\n" + body + "}\n"
    expect("a header missing an include fails",
           header(demo("missing.hpp", "#pragma once\n" + ns(numbers), use_numbers.format("missing"))), False)
    expect("a self-contained header with its use-file passes",
           header(demo("complete.hpp", "#pragma once\n#include <vector>\n" + ns(numbers),
                       use_numbers.format("complete"))), True)
    expect("a use-file that leaves a public name unused fails",
           header(demo("two.hpp", "#pragma once\n#include <vector>\n" + ns(numbers + "inline int twice(int x) { return 2 * x; }\n"),
                       use_numbers.format("two"))), False)
    expect("a header without a use-file fails",
           header(demo("unused.hpp", "#pragma once\n#include <vector>\n" + ns(numbers))), False)
    # What a header declares must work with it alone: here calling `later` needs a
    # definition only a later header gives, and only the use shows it.
    expect("a header whose declared name does not work alone fails",
           header(demo("lower.hpp", "#pragma once\nnamespace demo {\ntemplate <class T> struct later;\n"
                       "template <class T> int call(T t) { return later<T>::apply(t); }\n}\n",
                       "#include <demo/lower.hpp>\ninline int use = demo::call(1);\n")), False)
    expect("a use-file that does not include its header first fails",
           header(demo("second.hpp", "#pragma once\n#include <vector>\n" + ns(numbers),
                       "#include <vector>\n#include <demo/second.hpp>\ninline auto use = demo::numbers();\n")),
           False)
    expect("a use-file including another header of the project fails",
           header(demo("helped.hpp", "#pragma once\n#include <vector>\n" + ns(numbers),
                       "#include <demo/helped.hpp>\n#include <demo/complete.hpp>\ninline auto use = demo::numbers();\n")),
           False)
    expect("an umbrella (only includes) passes without a use-file",
           header(demo("all.hpp", "#ifndef DEMO_ALL\n#define DEMO_ALL\n#include <demo/complete.hpp>\n#endif\n")), True)
    expect("a detail header of primitives passes without a use-file",
           header(demo("detail/prim.hpp", "#pragma once\n#include <vector>\nnamespace demo::detail {\n" + numbers + "}\n")),
           True)
    expect("a detail header including a public header fails",
           header(demo("detail/up.hpp", "#pragma once\n#include <demo/complete.hpp>\nnamespace demo::detail {}\n")), False)
    expect("a detail header declaring a public name fails",
           header(demo("detail/leak.hpp", "#pragma once\nnamespace demo {\nstruct leaked {};\n"
                       "namespace detail {\nstruct fine {};\n}\n}\n")), False)

    echo = "/bin/echo"
    expect("an example whose output matches passes", run("example", echo, case("empty.expected", "\n")), True)
    expect("an example whose output differs fails", run("example", echo, case("other.expected", "x\n")), False)

# The forms in which compilers quote a message computed at compile time.
for line, sentence in (
        ('error: ... incomplete type \'klass::AttributeError<...{"\\\'A\\\' object has no attribute \\\'x\\\'"}>\'', "'A' object has no attribute 'x'"),
        ('error: ... requirement \'...<klass::TypeError<klass::detail::sentence<33, 5>{"Cannot create a consistent method", " X, Y"}>>\'',
         "Cannot create a consistent method X, Y"),
        ("error: static assertion failed: AttributeError: 'A' object has no attribute 'x'", "'A' object has no attribute 'x'")):
    if sentence in harness.readable(line):
        print(f"ok: the sentence is read in {line[:60]}...")
    else:
        failures.append(f"readable() does not find {sentence!r} in {line!r}: {harness.readable(line)!r}")

if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print("ok: the harness refuses every broken case")
