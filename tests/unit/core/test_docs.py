"""Docs checked by tests: the README names every command, links every page, and its two commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import click
import typer.main

from protest_tracker.cli.main import app

REPO = Path(__file__).resolve().parents[3]
README = (REPO / "README.md").read_text(encoding="utf-8")


def command_paths() -> list[str]:
    root = typer.main.get_command(app)
    paths = []
    for name, command in root.commands.items():
        if isinstance(command, click.Group):
            paths += [f"{name} {sub}" for sub in command.commands]
        else:
            paths.append(name)
    return paths


def test_every_cli_command_is_in_the_readme():
    missing = []
    for path in command_paths():
        group, _, sub = path.partition(" ")
        mentioned = f"protest-tracker {path}" in README or (
            sub and re.search(rf"protest-tracker {group} [^`]*`[^`]*`\s*/\s*`{sub}\b", README) is not None
        ) or (sub and re.search(rf"`protest-tracker {group} \w+[^`]*` / `(import \w+ )?{sub}\b", README) is not None)
        if not mentioned:
            missing.append(path)
    assert not missing, f"README does not mention: {missing}"


def test_every_docs_page_is_linked_from_the_readme():
    pages = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "docs").glob("*.md"))
    assert "docs/codebook.md" in pages
    unlinked = [p for p in pages if f"({p})" not in README]
    assert not unlinked, f"README does not link: {unlinked}"


def test_quick_start_commands_exist_and_ci_runs_the_test_command():
    assert "make demo" in README and "make test" in README
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_readme_links_to_existing_files():
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        if target.startswith("http"):
            continue
        assert (REPO / target).exists(), f"README links to missing {target}"
