#!/usr/bin/env python3
"""klass declares exactly two identifiers that C++ reserves, on purpose.

Run as `reserved_identifiers.py ROOT [CXX -- FLAGS]` (the compiler is not used).
An identifier containing a double underscore, or beginning with an underscore
and an uppercase letter, is reserved to the implementation ([lex.name]). klass
declares `class_object<C>::__name__` and `property_t<...>::__doc__` because users
write them as in Python (docs/design.md, "Names"); every other such identifier in
include/ must be one the implementation provides (a predefined macro, a builtin,
a keyword), which klass uses and never declares.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(root, "tests"))
from harness import strip_comments  # noqa: E402

# The deliberate ones, and the headers that declare each: a class object's
# __name__ (class_object<C>, and class_handle, the class of a handle's object known
# at run time) and a property's __doc__.
DELIBERATE = {"__name__": ("include/klass/class_object.hpp", "include/klass/polymorphism/type.hpp"),
              "__doc__": ("include/klass/descriptors.hpp",)}
# What the compiler, the standard library or the OS provides.
IMPLEMENTATION = {
    "__PRETTY_FUNCTION__", "__VA_ARGS__", "__clang__", "__has_builtin", "__type_pack_element",
    "__cpp_static_assert", "__clang_major__", "__cpp_exceptions",
    "__x86_64__", "__i386__", "__aarch64__", "__asm__", "__volatile__", "__builtin_ia32_pause",
    "_SC_PAGESIZE",
}
# ... and the compiler's builtin families (GCC's atomics, which clang shares).
IMPLEMENTATION_FAMILIES = re.compile(r"__atomic_\w+|__ATOMIC_[A-Z_]+|__builtin_\w+|__sync_\w+")
RESERVED = re.compile(r"\b(?:\w*__\w*|_[A-Z]\w*)\b")

problems, declared_in = [], {(name, header): False for name, headers in DELIBERATE.items() for header in headers}
for dirpath, _, names in os.walk(os.path.join(root, "include")):
    for name in sorted(names):
        if not name.endswith(".hpp"):
            continue
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, root)
        text = strip_comments(open(path, encoding="utf-8").read())
        for match in RESERVED.finditer(text):
            word = match.group(0)
            if word in IMPLEMENTATION or IMPLEMENTATION_FAMILIES.fullmatch(word):
                continue
            if word in DELIBERATE:
                # Declared once, in its header: `<type> __name__ =` / `<type> __doc__{`.
                if re.search(r"[\w>]\s+" + word + r"\s*[={;]", text[max(0, match.start() - 80):match.end() + 3]):
                    if rel in DELIBERATE[word]:
                        declared_in[(word, rel)] = True
                    else:
                        problems.append(f"{rel}: declares {word}, which only {' and '.join(DELIBERATE[word])} may declare")
                continue
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{rel}:{line}: {word} is reserved to the implementation; choose another name "
                            f"(or, if the implementation provides it, add it to IMPLEMENTATION)")
for (word, header), found in declared_in.items():
    if not found:
        problems.append(f"{header} no longer declares {word}: update this check and docs/design.md")
if problems:
    print("FAIL:\n" + "\n".join("  " + p for p in sorted(set(problems))))
    sys.exit(1)
print("ok: the only reserved identifiers klass declares are __name__ (class_object, class_handle) and property_t::__doc__")
