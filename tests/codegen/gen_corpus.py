"""Builds tests/codegen/corpus.json from tests/codegen/snippets.txt (run with python3 = 3.11).

For each snippet: the 3.11 AST as JSON (what our front end produces) and CPython 3.7's code
objects (tools/dump37.py, run under python3.7), so the codegen tests need neither Python.
Snippets are separated by lines starting with '#### ' followed by the snippet's name; a name
ending in [single] or [eval] is compiled in that mode. errors.txt holds snippets that 3.11 parses
but refuses to compile: their expected SyntaxError (message, line, offset) comes from python3.
Usage: python3 tests/codegen/gen_corpus.py
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# Constants are encoded as tools/dump37.py encodes them (tests/support/code37.ts reads both).
sys.path.insert(0, os.path.join(ROOT, "tools"))
from dump37 import const  # noqa: E402


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    cls = type(n).__name__
    if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return cls
    out = {"_type": cls}
    for f in n._fields:
        if f == "type_comment":
            continue
        v = getattr(n, f, None)
        out[f] = const(v) if cls == "Constant" and f == "value" else node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a):
            out[a] = getattr(n, a)
    return out


def parse_snippets(text):
    items, name, lines = [], None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("#### "):
            if name is not None:
                items.append((name, "".join(lines)))
            name, lines = line[5:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        items.append((name, "".join(lines)))
    return items


DUMP_MODE = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('d', sys.argv[1])
d = importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
src = open(sys.argv[2], encoding='utf-8').read()
print(json.dumps(d.code(compile(src, sys.argv[2], sys.argv[3], dont_inherit=True))))
"""


def mode_of(name):
    for m in ("single", "eval"):
        if name.endswith("[" + m + "]"):
            return m
    return "exec"


def errors():
    with open(os.path.join(HERE, "errors.txt"), encoding="utf-8") as f:
        snippets = parse_snippets(f.read())
    out = []
    for name, src in snippets:
        tree = ast.parse(src)
        try:
            compile(src, "<snippet>", "exec", dont_inherit=True)
            raise SystemExit(f"{name}: compiles without error")
        except SyntaxError as e:
            out.append({"name": name, "src": src, "ast": node(tree),
                        "msg": e.msg, "lineno": e.lineno, "offset": e.offset})
    with open(os.path.join(HERE, "errors.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def main():
    errors()
    with open(os.path.join(HERE, "snippets.txt"), encoding="utf-8") as f:
        snippets = parse_snippets(f.read())
    env = dict(os.environ, PYENV_VERSION="3.7.16")
    out = []
    for name, src in snippets:
        mode = mode_of(name)
        entry = {"name": name, "src": src, "mode": mode}
        try:
            entry["ast"] = node(ast.parse(src, mode=mode))
        except SyntaxError as e:
            entry["error311"] = str(e)
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as t:
            t.write(src)
        r = subprocess.run(["python3.7", "-c", DUMP_MODE, os.path.join(ROOT, "tools", "dump37.py"), t.name, mode],
                           capture_output=True, text=True, env=env)
        os.unlink(t.name)
        if r.returncode == 0:
            entry["code37"] = json.loads(r.stdout)
        else:
            entry["error37"] = r.stderr.strip().splitlines()[-1]
        out.append(entry)
    with open(os.path.join(HERE, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"{len(out)} snippets", file=sys.stderr)


if __name__ == "__main__":
    main()
