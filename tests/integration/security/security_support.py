"""Data and helpers of the security tests (imported by name: a module called conftest would clash)."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

from protest_tracker.store.models import Campaign, Event

#: Names of protesters: must never reach a public output.
PERSON_NAMES = ("Gulnara Zhaksylykova", "Bakhytzhan Ormanov")
#: Strings that only analysts may ever see.
ANALYST_SECRETS = ("analyst-note-7731", "comment-secret-5512", "reason-secret-9040")
#: Text of a report that is not published.
UNPUBLISHED_TEXT = "Residents of Tekeli gathered at the mine office demanding back pay for eleven months."
XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'><svg onload=alert(3)>'
FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")"


@dataclasses.dataclass
class World:
    """What the ``world`` fixture created."""

    published: Event
    unpublished: Event
    campaign: Campaign
    users: dict


def body_of(response) -> str:
    """The decoded body of a (possibly streaming) response."""
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode("utf-8", errors="replace")


def forbidden_in_public(world: World) -> list[str]:
    """Every string no public output may contain."""
    usernames = [u.username for u in world.users.values()]
    parts = [p for name in PERSON_NAMES for p in name.split()]
    return [*PERSON_NAMES, *parts, *ANALYST_SECRETS, *usernames, world.unpublished.public_id, "Tekeli",
            "back pay for eleven months"]


class InlineFinder(HTMLParser):
    """Collects what the CSP would block (and what would be an XSS sink): script bodies, <style>,
    ``style=`` and ``on*=`` attributes, and ``javascript:`` URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and "src" not in names and names.get("type") not in ("application/json", "application/ld+json"):
            self.problems.append(f"inline <script> {attrs}")
        if tag == "style":
            self.problems.append("<style> block")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:...>")


def inline_problems(html: str) -> list[str]:
    finder = InlineFinder()
    finder.feed(html)
    finder.close()
    return finder.problems
