"""Template helpers for the review workspace (and the shared base template)."""

from __future__ import annotations

from django import template
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.html import format_html

from protest_tracker.store.roles import role_of

register = template.Library()

HTMX_PATH = "vendor/htmx/htmx.min.js"


@register.simple_tag
def htmx_script():
    """The htmx <script> tag when the set-up installed htmx (served by us, never a CDN); else nothing."""
    if not finders.find(HTMX_PATH):
        return ""
    return format_html('<script src="{}" defer></script>', static(HTMX_PATH))


@register.filter
def web_link(url) -> str:
    """``url`` when it is an http(s) link, else an empty string (no ``javascript:`` or ``data:`` hrefs)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


@register.filter
def second_factor_pending(user) -> bool:
    """True while the user still owes a second factor (enrolment or this session's code)."""
    from protest_tracker.review import twofactor

    return twofactor.requires_enrolment(user) or twofactor.needs_verification(user)


@register.filter
def user_role(user) -> str:
    return role_of(user) or ""


@register.filter
def audit_value(value) -> str:
    """An audit value as short text (lists joined, None as an em dash)."""
    if value is None or value == "":
        return "—"
    return _plain(value, nested=False)


def _plain(value, *, nested: bool) -> str:
    """Lists and dicts (at any depth) as readable text, never Python's repr with quotes and brackets."""
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v, nested=True) for v in value) or "[]"
    if isinstance(value, dict):
        text = ", ".join(f"{k}: {_plain(v, nested=True)}" for k, v in value.items())
        return f"({text})" if nested else text
    return str(value)


@register.filter
def code_labels(codes, vocabulary_name: str) -> str:
    """Codes of a codebook vocabulary as their labels, comma-separated."""
    from protest_tracker.codebook import vocabulary
    from protest_tracker.codebook_i18n import label

    vocab = vocabulary(vocabulary_name)
    return ", ".join(label(vocab, c) if c in vocab else str(c) for c in codes or ())
