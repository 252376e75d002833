#!/usr/bin/env python3
"""Every public name of klass has a reference entry, and every entry names one.

  python3 tests/check/reference_complete.py ROOT CXX -- FLAGS

The public names are those declared in namespace `klass` and its namespaces
(`klass::runtime`, `klass::literals`, `klass::error`, ...) but never in a
namespace `detail`: class and alias templates, classes, enums, functions and
function templates, variables and variable templates, type aliases, concepts.
They are listed by the compiler, not by a regular expression: one translation
unit includes every public header (every `include/klass/**.hpp` outside a
`detail/` folder) and clang dumps its declarations
(`-Xclang -ast-dump=json -Xclang -ast-dump-filter=klass`); the check walks the
`namespace klass` declarations of that dump. Not names of their own:
specializations (of a name declared elsewhere), out-of-line definitions of
members, using-declarations (they re-export a name that has its own entry) and
members of classes (they belong to their class's entry). The clang is the newest
clang++ on PATH from 15 on (the suite installs clang 16; clang 14 crashes writing
this dump), else CXX if it is a clang; a `-stdlib=` flag is dropped, since
declarations do not depend on the library.
The public macros are read from the same headers: every `#define KLASS_...`
that is neither an include guard (`..._HPP`) nor a detail (`KLASS_DETAIL_...`).

The entries are the level-3 headings `### `qualified::name`` of every page in
docs/reference/ (docs/reference/README.md says the format); one heading may name a
family that shares its entry (`### `klass::operator+`, `klass::operator-``), and a
member of a public class may have an entry of its own (`klass::runtime::mailbox::wait`). The check fails
naming every public name without an entry, every entry that names no public
name, every name with two entries, and every entry that lacks one of its four
parts (the words "Signature", "Python", "Example" and "Error" in its text).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

root, cxx = sys.argv[1], sys.argv[2]
flags = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else ["-std=c++20", f"-I{root}/include"]
sys.path.insert(0, os.path.join(root, "tests"))
import harness  # noqa: E402

INCLUDE = os.path.join(root, "include")
REFERENCE = os.path.join(root, "docs", "reference")
NAMED_KINDS = {
    "CXXRecordDecl", "ClassTemplateDecl", "EnumDecl", "FunctionDecl", "FunctionTemplateDecl",
    "VarDecl", "VarTemplateDecl", "TypedefDecl", "TypeAliasDecl", "TypeAliasTemplateDecl", "ConceptDecl",
}
PARTS = ["Signature", "Python", "Example", "Error"]
HEADING = re.compile(r"^### (`[^`]+`(?:,? `[^`]+`)*)\s*$")  # one name, or a family: `a`, `b`
CLASS_KINDS = {"CXXRecordDecl", "ClassTemplateDecl"}
MACRO = re.compile(r"^\s*#\s*define\s+(KLASS_\w+)", re.M)


def public_headers():
    found = []
    for dirpath, dirnames, names in os.walk(INCLUDE):
        dirnames[:] = [d for d in dirnames if d != "detail"]
        found += [os.path.relpath(os.path.join(dirpath, n), INCLUDE) for n in names if n.endswith(".hpp")]
    return sorted(found)


def find_clang():
    """The newest clang on PATH (clang 14 crashes writing this dump), else CXX if
    it is a clang."""
    for name in ("clang++-19", "clang++-18", "clang++-17", "clang++-16", "clang++-15"):
        if shutil.which(name):
            return name
    if harness.compiler_family(cxx) == "clang":
        return cxx
    return shutil.which("clang++")


def dumped_objects(text):
    """The JSON objects of an -ast-dump-filter dump, one after the other."""
    decoder, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        if text[i] != "{":  # a line of text between the objects, if any
            i = text.find("\n", i)
            if i < 0:
                return out
            continue
        obj, i = decoder.raw_decode(text, i)
        out.append(obj)


def declared_names(clang, headers):
    with tempfile.TemporaryDirectory() as tmp:
        tu = os.path.join(tmp, "all_public_headers.cpp")
        with open(tu, "w") as f:
            f.write("".join(f"#include <{h}>\n" for h in headers))
        cmd = [clang, *[a for a in flags if not a.startswith("-stdlib=")], "-fsyntax-only",
               "-Xclang", "-ast-dump=json", "-Xclang", "-ast-dump-filter=klass", tu]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"FAIL: the public headers do not compile together\n  {' '.join(cmd)}\n{proc.stderr}")
    names = {}

    def walk(namespace, path):
        for decl in namespace.get("inner", []):
            kind, name = decl["kind"], decl.get("name")
            if kind == "NamespaceDecl":
                if name and name != "detail":
                    walk(decl, path + [name])
                continue
            if (kind in NAMED_KINDS and name and not decl.get("isImplicit")
                    and "parentDeclContextId" not in decl):  # an out-of-line member definition
                names.setdefault("::".join(path + [name]), set()).add(kind)

    for obj in dumped_objects(proc.stdout):
        if obj.get("kind") == "NamespaceDecl" and obj.get("name") == "klass":
            walk(obj, ["klass"])
    return names


def public_macros(headers):
    found = {}
    for h in headers:
        for name in MACRO.findall(open(os.path.join(INCLUDE, h), encoding="utf-8").read()):
            if not name.endswith("_HPP") and not name.startswith("KLASS_DETAIL_"):
                found.setdefault(name, {"macro"})
    return found


def entries():
    """{name: [(page, line, text of the entry)]}"""
    out = {}
    if not os.path.isdir(REFERENCE):
        return out
    for page in sorted(p for p in os.listdir(REFERENCE) if p.endswith(".md")):
        lines = open(os.path.join(REFERENCE, page), encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            m = HEADING.match(line)
            if not m:
                continue
            end = i + 1
            while end < len(lines) and not re.match(r"^#{1,3} ", lines[end]):
                end += 1
            for name in re.findall(r"`([^`]+)`", m.group(1)):
                out.setdefault(name, []).append((f"docs/reference/{page}", i + 1, "\n".join(lines[i + 1:end])))
    return out


def where_declared(name, headers):
    word = re.compile(r"\b" + re.escape(name.split("::")[-1]) + r"\b")
    for h in headers:
        if word.search(open(os.path.join(INCLUDE, h), encoding="utf-8").read()):
            return f"include/{h}"
    return "?"


def main():
    clang = find_clang()
    if not clang:
        print("FAIL: no clang++ on PATH: the public names are listed by clang's AST dump (scripts/deps installs clang)")
        return 1
    headers = public_headers()
    names = declared_names(clang, headers)
    names.update(public_macros(headers))
    documented = entries()
    failures = []
    for name in sorted(set(names) - set(documented)):
        kinds = ", ".join(sorted(k.replace("Decl", "") for k in names[name]))
        failures.append(f"no entry: `{name}` ({kinds}, {where_declared(name, headers)}): "
                        f"add \"### `{name}`\" to a page of docs/reference/")
    def member_of_public_class(name):
        owner = name.rsplit("::", 1)[0]
        return bool(names.get(owner, set()) & CLASS_KINDS)

    for name in sorted(set(documented) - set(names)):
        if member_of_public_class(name):
            continue  # a member may have an entry of its own; it needs none
        for page, line, _ in documented[name]:
            failures.append(f"{page}:{line}: the entry `{name}` names no public name of klass")
    for name, places in sorted(documented.items()):
        if len(places) > 1:
            failures.append(f"`{name}` has {len(places)} entries: " + ", ".join(f"{p}:{l}" for p, l, _ in places))
        for page, line, text in places:
            missing = [part for part in PARTS if part.lower() not in text.lower()]
            if missing:
                failures.append(f"{page}:{line}: the entry `{name}` lacks its {', '.join(missing)}")
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{len(names)} public names in {len(headers)} public headers (listed by {clang}), "
          f"{sum(len(v) for v in documented.values())} reference entries")
    if failures:
        print(f"FAIL: {len(failures)} problem(s) with the reference")
        return 1
    print("ok: every public name has its reference entry, and every entry names one")
    return 0


sys.exit(main())
