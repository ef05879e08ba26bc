"""The app's modules depend one way: no import cycle, not even a deferred one.

The graph is read from the source with ``ast`` -- every ``import`` counts, at the top,
inside a function or under ``TYPE_CHECKING`` -- so a cycle cannot hide behind a late
import.  The command table depends on nothing of the app's screens.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "reader" / "app"


def imports_of(path: Path) -> set[str]:
    """The ``reader.app`` modules a file imports (anywhere in it)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "reader.app":
                out |= {f"reader.app.{alias.name}" for alias in node.names}
            elif node.module.startswith("reader.app."):
                out.add(node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("reader.app.")}
    return out


def app_graph() -> dict[str, set[str]]:
    modules = {f"reader.app.{p.stem}": p for p in APP.glob("*.py") if p.stem != "__init__"}
    return {name: imports_of(path) & set(modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of the graph as a path (first node repeated at the end), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_the_app_has_no_import_cycle() -> None:
    graph = app_graph()
    assert graph.get("reader.app.screen")
    assert find_cycle(graph) == []


def test_the_command_table_and_the_pure_modules_depend_on_no_screen() -> None:
    graph = app_graph()
    assert graph["reader.app.commands"] == set()
    assert graph["reader.app.keys"] == {"reader.app.commands"}
    for pure in ("nav", "sync", "search", "layout"):
        deps = graph[f"reader.app.{pure}"]
        assert deps <= {"reader.app.nav", "reader.app.layout"}, (pure, deps)


def test_no_app_module_is_over_500_lines_nor_a_function_over_60() -> None:
    for path in APP.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert source.count("\n") <= 500, path.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                assert length <= 60, (path.name, node.name, length)
