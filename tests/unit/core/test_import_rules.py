"""The layer rule of docs/architecture.md, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "src" / "protest_tracker"

# layer -> the protest_tracker layers it may import (besides itself)
ALLOWED = {
    "codebook": set(),
    "event_fields": {"codebook"},
    "model": {"identity"},
    "identity": set(),
    "errors": set(),
    "config": {"errors"},
    "pipeline": {"model", "codebook", "identity", "errors"},
    "linking": {"model", "codebook", "identity", "errors"},
    "ingest": {"model", "codebook", "event_fields", "identity", "errors"},
    "export": {"model", "codebook", "event_fields", "identity", "errors"},
}
NO_DJANGO = set(ALLOWED)


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if layer_of(p) in ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports(path):
    layer = layer_of(path)
    for name in imported_modules(path):
        if layer in NO_DJANGO:
            assert not name.startswith(("django", "ninja")), f"{path.name} imports {name}: no Django in {layer}"
        if name.startswith("protest_tracker."):
            target = name.split(".")[1]
            assert target == layer or target in ALLOWED[layer], f"{layer} may not import {name}"


def test_the_rule_sees_the_core_modules():
    layers = {layer_of(p) for p in MODULES}
    assert {"codebook", "model", "identity"} <= layers
