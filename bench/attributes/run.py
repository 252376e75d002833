#!/usr/bin/env python3
"""Zero overhead, measured: each attribute operation through klass against the
hand-written C++ doing the same (runtime_klass.cpp against runtime_handwritten.cpp).

For every compiler and operation:
  * instructions: loop_OP runs the operation N times; callgrind counts the
    instructions executed inside loop_OP (--toggle-collect) for two values of N,
    the difference divided by the difference of N is the cost of one iteration,
    and the cost of one iteration of loop_baseline (the same loop, no operation)
    is subtracted: what is left is the cost of one operation;
  * assembly: one_OP does the operation once in a function of its own; its
    disassembly (objdump -dr, with GCC's .cold part) is normalized (addresses,
    padding and the names of the program's own symbols taken out) and the two
    versions compared.

  run.py [--commit REV | --include DIR] [--patch FILE] [--compilers g++-12,clang++-14]
         [--flags=-O2] [--csv FILE] [--asm-out FILE] [--only OP,OP]

Writes results.csv (compiler, operation, klass_instr, handwritten_instr,
asm_identical, klass_asm_lines, handwritten_asm_lines) next to this script,
and asm.txt (the normalized assembly of both versions where they differ, side by
side), and prints a table. klass_instr and handwritten_instr are instructions
per operation; *_asm_lines the length of one_OP (GCC's .cold part included).
asm_identical is `yes` (the whole function, throw path included, is the same),
`hot path` (the same instructions until the throw path, which differs),
`offsets` (the same instructions until the throw path but for the offsets of
the members in the object: another layout), or `no`.

By default the headers are those of the commit HEAD (git archive; --commit
names another), so that the results name one version of klass; --include takes a
directory instead (e.g. ../../include for the work tree). --patch applies a diff
to (a copy of) the headers first, to measure a change before making it.
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from headers import headers_under_test  # noqa: E402

VERSIONS = ("klass", "handwritten")
N1, N2 = 1000, 11000

# What each operation is, for the table (same order as the sources).
OPERATIONS = [
    ("field_read", "o.x (a field, set)"),
    ("field_write", "o.x = k"),
    ("property_read", "o.p (getter: o.x + 1)"),
    ("property_write", "o.p = k (setter: o.x = k - 1)"),
    ("method_call", "o.m(k) (o.x + k)"),
    ("classmethod_call", "o.cm(k) (cls.a + k)"),
    ("classmethod_call_on_class", "K.cm(k)"),
    ("staticmethod_call", "o.sm(k) (3 * k)"),
    ("class_attr_read", "K.a (plain class attribute)"),
    ("class_attr_read_on_instance", "o.a against a static member"),
    ("class_attr_read_on_instance_vs_shadowable", "o.a against `o.a_shadow ? *o.a_shadow : H::a`"),
    ("class_attr_write", "K.a = k"),
    ("inherited_field_read", "o.x, x declared two classes up"),
    ("inherited_method_call", "o.m(k), m defined two classes up"),
    ("op_add", "o + o (__add__: o.x + other.x) against operator+"),
    ("op_eq", "o == o (__eq__) against operator=="),
    ("op_getitem", "o[k] (__getitem__: o.v[k & 3]) against operator[]"),
    ("op_call", "o(k) (__call__: o.x + k) against operator()"),
    ("op_iterate", "for x in o: sum (__iter__ gives o.v) against a range-for over o.v"),
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)



def build(cxx, include, flags, tmp):
    """Objects and executables of both versions: {version: (object, executable)}."""
    out = {}
    for version in VERSIONS:
        source = os.path.join(HERE, f"runtime_{version}.cpp")
        obj = os.path.join(tmp, f"{version}.{cxx}.o")
        exe = os.path.join(tmp, f"{version}.{cxx}")
        run([cxx, "-std=c++20", *flags, "-I", include, "-c", source, "-o", obj])
        run([cxx, obj, "-o", exe])
        out[version] = (obj, exe)
    return out


# ---- instructions under callgrind ----------------------------------------------

def callgrind_count(exe, operation, n, tmp):
    out = os.path.join(tmp, "callgrind.out")
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", f"--toggle-collect=loop_{operation}",
         exe, operation, str(n)])
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"no summary in the callgrind output of {exe} {operation}")


def per_iteration(exe, operation, tmp):
    a = callgrind_count(exe, operation, N1, tmp)
    b = callgrind_count(exe, operation, N2, tmp)
    return (b - a) / (N2 - N1)


# ---- assembly --------------------------------------------------------------------

PADDING = re.compile(r"^(nop\w*|xchg\s+%ax,%ax|data16\b.*|cs nop\w*.*|int3)\b")
KEPT_SYMBOLS = re.compile(r"^(__cxa_\w+|_Unwind_\w+|std::.*|operator (new|delete).*)$")


def disassemble(obj):
    """{function: [(instruction, relocation or None)]} of an object file."""
    text = run(["objdump", "-d", "-r", "-C", "--no-show-raw-insn", obj]).stdout
    functions, current = {}, None
    for line in text.splitlines():
        header = re.match(r"^[0-9a-f]+ <(.+)>:$", line)
        if header:
            current = functions.setdefault(header.group(1), [])
            continue
        if current is None:
            continue
        reloc = re.match(r"^\s+[0-9a-f]+: (R_\w+)\s+(.+)$", line)
        if reloc and current:
            instruction, _ = current[-1]
            current[-1] = (instruction, (reloc.group(1), reloc.group(2)))
            continue
        insn = re.match(r"^\s+[0-9a-f]+:\t(.+)$", line)
        if insn:
            current.append((insn.group(1).strip(), None))
    return functions


def normalize(function, instructions, symbols):
    """The instructions as comparable text: no addresses, no padding, the
    program's own symbols (not the runtime's) as placeholders numbered by first use."""
    while instructions and PADDING.match(instructions[-1][0]):
        instructions = instructions[:-1]
    out = []
    for instruction, reloc in instructions:
        instruction = re.sub(r"\s*#.*$", "", instruction)
        instruction = re.sub(r"\s+", " ", instruction)
        if reloc:
            kind, target = reloc
            m = re.match(r"^(.*?)([+-]0x[0-9a-f]+)?$", target)
            symbol, addend = m.group(1), m.group(2) or ""
            if symbol.startswith(".text"):
                name = "<cold>"
                addend = ""
            elif KEPT_SYMBOLS.match(symbol):
                name = symbol
            else:
                if symbol not in symbols:
                    symbols[symbol] = f"<sym{len(symbols) + 1}>"
                name = symbols[symbol]
            # The operand that the relocation fills in, whatever objdump printed there.
            instruction = re.sub(r"(?<= )[0-9a-f]+ <.*$", "", instruction).strip()
            instruction = f"{instruction} [{kind} {name}{addend}]"
        else:
            # A jump inside the function: keep the offset, drop the address.
            instruction = re.sub(r"(?<= )[0-9a-f]+ <" + re.escape(function) + r"(\+0x[0-9a-f]+)?>",
                                 lambda m: f".{m.group(1) or '+0x0'}", instruction)
            instruction = re.sub(r"(?<= )[0-9a-f]+ <([^>]*)>", r"<\1>", instruction)
        out.append(instruction)
    return out


def function_asm(functions, name):
    """Normalized hot part and (GCC) cold part of one_NAME."""
    symbols = {}
    hot = normalize(name, functions.get(name, []), symbols)
    cold = normalize(name + ".cold", functions.get(name + ".cold", []), symbols)
    return hot, cold


def called_here(functions, name):
    """The functions of the same object that one_NAME calls (what was not
    inlined), normalized, for the listing."""
    out = []
    for instruction, reloc in functions.get(name, []):
        if reloc and instruction.startswith("call"):
            target = re.sub(r"[+-]0x[0-9a-f]+$", "", reloc[1])
            if target in functions and not target.startswith(("one_", "loop_")):
                out += [f"--- called, out of line: {target}"] + normalize(target, functions[target], {})
    return out


def hot_path(instructions):
    """The instructions up to the first call of __cxa_allocate_exception (clang
    keeps the throw path in the function): what runs when nothing is thrown."""
    for i, instruction in enumerate(instructions):
        if "__cxa_allocate_exception" in instruction:
            return instructions[:i]
    return instructions


def without_offsets(instructions):
    """The instructions with the displacements of memory operands (other than
    %rip-relative ones) and of the jumps inside the function taken out (an
    offset changes the length of an instruction): the same code on another
    layout of the object."""
    return [re.sub(r"\.\+0x[0-9a-f]+", ".+X", re.sub(r"(-?0x[0-9a-f]+)?\((%r(?!ip)\w+)", r"D(\2", i))
            for i in instructions]


# ---- main ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--include", help="klass include directory (default: include/ of --commit)")
    parser.add_argument("--commit", default="HEAD", help="the commit whose include/ is measured (default HEAD)")
    parser.add_argument("--compilers", default="g++-12,clang++-14")
    parser.add_argument("--flags", default="-O2", help="optimization flags (default -O2)")
    parser.add_argument("--patch", help="a diff (-p1, paths include/...) applied to the headers first")
    parser.add_argument("--csv", default=os.path.join(HERE, "results.csv"))
    parser.add_argument("--asm-out", default=os.path.join(HERE, "asm.txt"))
    parser.add_argument("--only", help="comma-separated operations")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="klass-bench-attributes-")
    try:
        include, version = headers_under_test(tmp, args.include, args.commit)
        if args.patch:
            if args.include:  # never patch the caller's directory: a copy
                shutil.copytree(include, os.path.join(tmp, "include"))
                include = os.path.join(tmp, "include")
            with open(args.patch) as f:
                subprocess.run(["patch", "-s", "-p1", "-d", os.path.dirname(include)], stdin=f, check=True)
            version += " + " + os.path.basename(args.patch)
        flags = args.flags.split()
        operations = [op for op in OPERATIONS if not args.only or op[0] in args.only.split(",")]
        rows, listing = [], [f"# normalized assembly of one_OP where klass and hand-written differ ({version}, {args.flags})\n"]
        for cxx in args.compilers.split(","):
            compiler = run([cxx, "--version"]).stdout.splitlines()[0]
            built = build(cxx, include, flags, tmp)
            asm = {v: disassemble(built[v][0]) for v in VERSIONS}
            baseline = {v: per_iteration(built[v][1], "baseline", tmp) for v in VERSIONS}
            for operation, _ in operations:
                instr = {v: per_iteration(built[v][1], operation, tmp) - baseline[v] for v in VERSIONS}
                code = {v: function_asm(asm[v], "one_" + operation) for v in VERSIONS}
                (k_hot, k_cold), (h_hot, h_cold) = code["klass"], code["handwritten"]
                if k_hot == h_hot and k_cold == h_cold:
                    identical = "yes"
                elif hot_path(k_hot) == hot_path(h_hot):
                    identical = "hot path"
                elif without_offsets(hot_path(k_hot)) == without_offsets(hot_path(h_hot)):
                    identical = "offsets"
                else:
                    identical = "no"
                rows.append({
                    "compiler": cxx,
                    "operation": operation,
                    "klass_instr": fmt(instr["klass"]),
                    "handwritten_instr": fmt(instr["handwritten"]),
                    "asm_identical": identical,
                    "klass_asm_lines": len(k_hot) + len(k_cold),
                    "handwritten_asm_lines": len(h_hot) + len(h_cold),
                })
                if identical != "yes":
                    listing.append(side_by_side(f"{cxx} ({compiler}) one_{operation}: {identical}",
                                                k_hot + (["--- .cold"] + k_cold if k_cold else []),
                                                h_hot + (["--- .cold"] + h_cold if h_cold else [])))
                    for v in VERSIONS:
                        called = called_here(asm[v], "one_" + operation)
                        if called:
                            listing.append(f"{v}, one_{operation}:\n" + "\n".join(called) + "\n")
        with open(args.csv, "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        with open(args.asm_out, "w") as f:
            f.write("\n".join(listing))
        print(f"klass: {version}; flags: {args.flags}; per-operation instructions = "
              f"(I(N={N2}) - I(N={N1})) / {N2 - N1} - baseline loop\n")
        print(table(rows))
        print(f"\nwrote {os.path.relpath(args.csv)} and {os.path.relpath(args.asm_out)}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fmt(x):
    return str(int(x)) if x == int(x) else f"{x:.3f}"


def side_by_side(title, left, right, width=60):
    lines = [f"== {title}", f"{'klass':<{width}} | hand-written"]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        mark = " " if a == b else "*"
        lines.append(f"{a:<{width}}{mark}| {b}")
    return "\n".join(lines) + "\n"


def table(rows):
    columns = ["compiler", "operation", "klass_instr", "handwritten_instr", "asm_identical"]
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    out = [" | ".join(c.ljust(widths[c]) for c in columns), "-+-".join("-" * widths[c] for c in columns)]
    for r in rows:
        out.append(" | ".join(str(r[c]).ljust(widths[c]) for c in columns))
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
