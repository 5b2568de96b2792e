"""Issue 11 item 8, the paper cuts a newcomer met that no other test holds in place.

The README says how to reach ``protest-tracker``; docs/exchange-format.md documents every key the
exchange format writes; and what a test run writes (screenshots, compiled catalogues, test databases)
is git-ignored, so ``make test`` leaves the tree clean. (Commands outside the project folder and
``config show``: tests/integration/core/test_cli_outside_project.py; the Hypothesis profile:
test_hypothesis_profiles.py.)
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from protest_tracker import model

REPO = Path(__file__).resolve().parents[3]


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n#", start + len(heading))
    return text[start:end if end > 0 else None]


def test_readme_says_how_to_put_the_command_on_path():
    section = _section((REPO / "README.md").read_text(encoding="utf-8"), "### Put `protest-tracker` on your PATH")
    assert ".venv/bin/protest-tracker" in section
    assert "source .venv/bin/activate" in section
    assert "pipx install ." in section
    assert "config show" in section and "DATABASE_URL" in section


def test_every_exchange_key_is_documented():
    text = (REPO / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| ([^|]+) \|", _section(text, "## Event objects"), re.MULTILINE)
    documented = set(re.findall(r"`([a-z_]+)`", " ".join(first_cells)))
    candidate = model.EventCandidate.from_exchange({"date": "2022-01-05", "country": "KZ"})
    assert sorted(set(candidate.to_exchange()) - documented) == []
    assert "docs/exchange-format.md" in (REPO / "README.md").read_text(encoding="utf-8")


def _ignored(path: str, patterns: list[str]) -> bool:
    """A small .gitignore matcher (enough for this repository's patterns: no negation)."""
    parts = path.split("/")
    for pattern in patterns:
        folder_only = pattern.endswith("/")
        pattern = pattern.rstrip("/")
        if "/" in pattern:  # anchored to the repository root
            if any(fnmatch.fnmatch("/".join(parts[:i]), pattern.lstrip("/")) for i in range(1, len(parts) + 1)):
                return True
        elif any(fnmatch.fnmatch(part, pattern) for part in (parts[:-1] if folder_only else parts)):
            return True
    return False


def test_what_a_test_run_writes_is_git_ignored():
    patterns = [line.strip() for line in (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    written = [
        "build/screenshots/review-event-verified.png",  # browser tests (tests/browser/conftest.py)
        "src/protest_tracker/locale/ru/LC_MESSAGES/django.mo",  # compile_catalogs() in tests
        "src/protest_tracker/locale/kk/LC_MESSAGES/django.mo",
        ".protest-tracker/protest-tracker.db.test",  # the default SQLite test database
        "protest-tracker.db.test-wal",
        ".hypothesis/examples/x",
        ".pytest_cache/v/x",
        "src/protest_tracker/web/assets/vendor/x.js",
    ]
    assert [path for path in written if not _ignored(path, patterns)] == []
    assert not _ignored("docs/screenshots/demo-dashboard.png", patterns)  # the README's screenshots are tracked
    assert not _ignored("src/protest_tracker/locale/kk/LC_MESSAGES/django.po", patterns)
    conftest = (REPO / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
    assert '/ "build" / "screenshots"' in conftest
