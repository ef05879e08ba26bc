"""The house rules a newcomer relies on, checked over all of reader/ from the source.

No import cycle between any two modules (every import counts: at the top, inside a
function or under ``TYPE_CHECKING``); no module over 500 lines; no function over 60.
The graph is read with ``ast``, so a cycle cannot hide behind a late import.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_app_imports import find_cycle

ROOT = Path(__file__).resolve().parent.parent / "reader"
MODULE_LINES_MAX = 500
FUNCTION_LINES_MAX = 60


def modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The reader modules a file imports, anywhere in it (``from pkg import sub`` counts
    as importing the submodule when there is one)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out & known


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports_of(path, known) - {name} for name, path in found.items()}


def test_the_graph_sees_the_packages() -> None:
    g = graph()
    assert "reader.facts.discrepancies" in g["reader.facts"]
    assert "reader.align.select" in g["reader.align"]
    assert "reader.inputs" in g["reader.pipeline"]


def test_no_import_cycle_anywhere_in_reader() -> None:
    assert find_cycle(graph()) == []


def _bound_twice(tree: ast.Module) -> list[str]:
    """The names a module binds twice at its top level (a constant, a function, a class): the
    second silently replaces the first for every use above it."""
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        twice += [n for n in names if n in seen]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice() -> None:
    # (stop 41: a second "_SHARE" pattern appended to figure_frames replaced the first and
    # turned "3.50-3.75 percent" into a conflict; only the corpus run caught it)
    twice = {
        str(p.relative_to(ROOT)): n
        for p in ROOT.rglob("*.py")
        if (n := _bound_twice(ast.parse(p.read_text())))
    }
    assert twice == {}
    assert _bound_twice(ast.parse("A = 1\ndef f(): pass\nA = 2\n")) == ["A"]


def test_no_module_over_the_limit() -> None:
    long = {
        str(p.relative_to(ROOT.parent)): n
        for p in ROOT.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > MODULE_LINES_MAX
    }
    assert long == {}


def test_no_function_over_the_limit() -> None:
    long = {}
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > FUNCTION_LINES_MAX:
                    long[f"{path.relative_to(ROOT.parent)}:{node.name}"] = n
    assert long == {}


def test_the_architecture_page_lists_every_module() -> None:
    """docs/architecture.md is where a newcomer starts: a module it does not list (a new one,
    or one renamed) is a module nobody will find, and a row for a module that is gone lies."""
    page = (ROOT.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = {line.split("`")[1] for line in page.splitlines() if line.startswith("| `reader/")}
    present = {p.relative_to(ROOT.parent).as_posix() for p in ROOT.rglob("*.py")}
    assert sorted(present - listed) == [], "modules missing from docs/architecture.md"
    assert sorted(listed - present) == [], "rows of docs/architecture.md for modules that are gone"
