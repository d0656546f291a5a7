"""The tree reads as the pipeline: each stage imports only from the stages before it, nothing imports in a circle,
Great Expectations and Spark stay behind their backends, and no module grows past 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "checks"
# The stages in the order data flows; a module may import from its own stage and the ones before it.
STAGES = ("status", "workers", "documents", "extract", "claims", "relations", "validate", "engines", "report", "gate",
          "cli")
# Data tables of rules, allowed to be long.
LONG_ALLOWED: set[str] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(path: Path) -> list[tuple[str, bool]]:
    """The checks.* modules a file imports, each with whether the import runs when the module loads (top level)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue  # annotations only: no import at run time
            if isinstance(child, ast.Import):
                found.extend((alias.name, top) for alias in child.names if alias.name.startswith("checks"))
            elif isinstance(child, ast.ImportFrom) and child.module and child.module.startswith("checks"):
                found.append((child.module, top))
                found.extend((f"{child.module}.{alias.name}", top) for alias in child.names
                             if (PACKAGE.parent / f"{child.module}.{alias.name}".replace(".", "/")).exists()
                             or (PACKAGE.parent / (f"{child.module}.{alias.name}".replace(".", "/") + ".py")).exists())
            visit(child, top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))

    visit(tree, True)
    return found


def stage(module: str) -> int:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else -1


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_belongs_to_a_stage() -> None:
    assert [m for m in MODULES if m != "checks" and stage(m) < 0] == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "checks"))
def test_a_stage_imports_only_from_itself_and_earlier_stages(module: str) -> None:
    later = [target for target, _top in imports(MODULES[module]) if stage(target) > stage(module)]
    assert later == [], f"{module} ({STAGES[stage(module)]}) imports later stages: {later}"


def test_no_module_imports_in_a_circle() -> None:
    graph = {module: {t for t, _top in imports(path) if t in MODULES and t != module}
             for module, path in MODULES.items() if module != "checks"}
    # A package's __init__ re-exporting its own modules is not a circle through them.
    for module in graph:
        graph[module] = {t for t in graph[module] if not module.startswith(t + ".")}
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def walk(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                circles.append([*trail[trail.index(target):], target] if target in trail else [module, target])
            elif target not in state:
                walk(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert circles == []


def _third_party(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_great_expectations_and_spark_stay_behind_their_backends() -> None:
    gx = sorted(m for m, p in MODULES.items() if "great_expectations" in _third_party(p))
    spark = sorted(m for m, p in MODULES.items() if "pyspark" in _third_party(p))
    assert gx and all(m.startswith("checks.validate.backends.") for m in gx), gx
    assert all("spark" in m.rsplit(".", 1)[-1] for m in spark), spark


def test_no_module_is_longer_than_400_lines() -> None:
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
            and m not in LONG_ALLOWED}
    assert long == {}


def test_every_package_says_what_it_takes_and_gives() -> None:
    for package in sorted(p for p in PACKAGE.rglob("__init__.py")):
        doc = ast.get_docstring(ast.parse(package.read_text(encoding="utf-8")))
        assert doc, f"{package.relative_to(ROOT)} has no docstring"


def test_the_command_line_starts_without_pandas_or_the_grammars() -> None:
    """`check --help` stays instant: pandas, GX and the grammars' thousands of patterns load when text is read."""
    import subprocess
    import sys

    probe = ("import sys, checks, checks.cli; print(sorted(m for m in sys.modules if m in ('pandas', "
             "'great_expectations', 'pyspark', 'checks.extract.zh.quantities', 'checks.extract.en.quantities')))")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert completed.stdout.strip() == "[]"
    import checks

    assert [c.value for c in checks.extract("营收增长5%")] == [5.0]  # and the lazy grammar still reads
