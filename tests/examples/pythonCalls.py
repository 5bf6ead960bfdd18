"""Lists what a Python program asks of the package's generated SDK, as JSON.

Usage: python3 pythonCalls.py <program.py> <module alias>
Prints [{"line", "name", "kwargs"}] for every call `<alias>.<Name>(...)` and
[{"line", "enum", "member"}] for every `<alias>.<Enum>.<MEMBER>` read, so a
test can hold them to the package schema. Compiles the program first, as
`python3 -m py_compile` does.
"""
import ast
import json
import sys

path, alias = sys.argv[1], sys.argv[2]
source = open(path, encoding="utf-8").read()
compile(source, path, "exec")
tree = ast.parse(source, path)

calls, members = [], []
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        target = node.func.value
        if isinstance(target, ast.Name) and target.id == alias:
            calls.append({
                "line": node.lineno,
                "name": node.func.attr,
                "kwargs": [k.arg for k in node.keywords if k.arg is not None],
            })
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
        inner = node.value
        if isinstance(inner.value, ast.Name) and inner.value.id == alias:
            members.append({"line": node.lineno, "enum": inner.attr, "member": node.attr})

print(json.dumps({"calls": calls, "members": members}))
