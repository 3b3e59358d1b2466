"""The package arrows of docs/architecture.md, checked on the source: no cycles, no SQL outside the store.

Every import statement of every module counts, also those inside functions and under TYPE_CHECKING:
a lazy import still ties two packages together.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import spinscope

ROOT = Path(spinscope.__file__).parent
PACKAGES = ("core", "store", "service", "api", "web", "export", "highlight", "analyzers", "ingest", "engine",
            "models", "cli", "campaigns")
SQL_CALLS = ("execute", "executemany", "executescript")
# Edges known to close a cycle, each with the fix its owner plans. Keep this empty: an edge is taken
# out of the cycle check only while it is listed, and the last test fails once it is gone, so the
# entry is removed with the fix.
KNOWN_CYCLE_EDGES: dict[tuple[str, str], str] = {}


def modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(("spinscope", *parts)).removesuffix(".__init__")
        yield name, path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(name: str, path: Path, tree: ast.Module) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield ".".join([*base, *([node.module] if node.module else [])])
            else:
                yield node.module or ""


def top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "spinscope" and parts[1] in PACKAGES else None


def package_graph() -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the modules that import it (for the failure message)."""
    graph: dict[str, dict[str, list[str]]] = {p: {} for p in PACKAGES}
    for name, path, tree in modules():
        src = top(name)
        if src is None:
            continue
        for target in imported(name, path, tree):
            dst = top(target)
            if dst is not None and dst != src:
                graph[src].setdefault(dst, []).append(f"{name} imports {target}")
    return graph


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """Every elementary cycle found by a depth-first walk from each package, each reported once."""
    found: set[tuple[str, ...]] = set()

    def walk(start: str, node: str, trail: list[str]) -> None:
        for nxt in graph[node]:
            if nxt == start:
                i = trail.index(min(trail))
                found.add(tuple(trail[i:] + trail[:i]))
            elif nxt not in trail and nxt > start:
                walk(start, nxt, [*trail, nxt])

    for p in PACKAGES:
        walk(p, p, [p])
    return [list(c) for c in sorted(found)]


def test_no_import_cycle_between_packages() -> None:
    graph = package_graph()
    for src, dst in KNOWN_CYCLE_EDGES:
        graph[src].pop(dst, None)
    problems = []
    for cycle in cycles(graph):
        edges = zip(cycle, [*cycle[1:], cycle[0]], strict=True)
        why = "; ".join(graph[a][b][0] for a, b in edges)
        problems.append(" -> ".join([*cycle, cycle[0]]) + f" ({why})")
    assert not problems, "package import cycles:\n" + "\n".join(problems)


def test_the_interfaces_sit_above_the_service_and_the_store() -> None:
    graph = package_graph()
    assert "web" not in graph["api"] and "api" not in graph["service"] and "web" not in graph["service"]
    for below in ("core", "store"):
        assert not {"service", "api", "web", "cli"} & set(graph[below]), graph[below]


def test_no_sql_outside_the_store_package() -> None:
    calls = []
    for name, path, tree in modules():
        if name == "spinscope.store" or name.startswith("spinscope.store."):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in SQL_CALLS:
                calls.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} .{node.attr}")
    assert not calls, "SQL run outside spinscope/store/:\n" + "\n".join(calls)


def test_the_checks_see_a_cycle_and_a_sql_call() -> None:
    # The checks above must be able to fail: a made-up graph with a cycle, a made-up SQL call.
    fake = {p: {} for p in PACKAGES}
    fake["web"]["api"] = ["x"]
    fake["api"]["service"] = ["x"]
    fake["service"]["web"] = ["x"]
    assert cycles(fake) == [["api", "service", "web"]]
    tree = ast.parse("store.conn.execute('SELECT 1')")
    assert any(isinstance(n, ast.Attribute) and n.attr in SQL_CALLS for n in ast.walk(tree))


def test_known_cycle_edges_still_exist() -> None:
    graph = package_graph()
    gone = [edge for edge in KNOWN_CYCLE_EDGES if edge[1] not in graph[edge[0]]]
    assert not gone, f"remove these fixed edges from KNOWN_CYCLE_EDGES: {gone}"
